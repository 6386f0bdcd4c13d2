package org.landmarkstudio.core.eyes;

import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.EyeContour;

/**
 * Measures how open an eye is from its contour points and classifies it open or closed.
 *
 * <p>For 8-point eyes (WFLW, LaPa) this is PFPLD's ratio
 * {@code (|p1-p7| + |p2-p6| + |p3-p5|) / (3 |p0-p4|)}; for 6-point eyes (iBUG-68) the usual
 * {@code (|p1-p5| + |p2-p4|) / (2 |p0-p3|)}. An eye is closed when its ratio is at or below the
 * threshold; PFPLD's LaPa filter keeps a face when an EAR is not above 0.1, so 0.1 is the
 * default.
 *
 * @param threshold the EAR at or below which an eye counts as closed
 */
public record EyeAperture(double threshold) {

    /** PFPLD's LaPa closed-eye threshold. */
    public static final double DEFAULT_THRESHOLD = 0.1;
    /** An aperture with the default threshold. */
    public static final EyeAperture DEFAULT = new EyeAperture(DEFAULT_THRESHOLD);

    public EyeAperture {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("eye-aperture threshold must be positive, got " + threshold);
        }
    }

    /**
     * The eye aspect ratio of {@code eye}, or NaN when a needed point is unlabelled or the
     * corners coincide.
     */
    public static double ratio(Landmarks landmarks, EyeContour eye) {
        int n = eye.size();
        for (int i = 0; i < n; i++) {
            if (!landmarks.isLabelled(eye.point(i))) {
                return Double.NaN;
            }
        }
        int half = n / 2;
        double width = landmarks.distance(eye.point(0), eye.point(half));
        if (width == 0) {
            return Double.NaN;
        }
        double heights = 0;
        for (int k = 1; k < half; k++) {
            heights += landmarks.distance(eye.point(k), eye.point(n - k));
        }
        return heights / ((half - 1) * width);
    }

    /** The ratio of the image-left eye. */
    public static double leftRatio(Landmarks landmarks) {
        return ratio(landmarks, landmarks.schema().leftEye());
    }

    /** The ratio of the image-right eye. */
    public static double rightRatio(Landmarks landmarks) {
        return ratio(landmarks, landmarks.schema().rightEye());
    }

    /** The state implied by a ratio, or {@code null} when the ratio is unknown (NaN). */
    public EyeState classify(double ratio) {
        if (Double.isNaN(ratio)) {
            return null;
        }
        return ratio <= threshold ? EyeState.CLOSED : EyeState.OPEN;
    }

    /** The image-left eye's state: the explicit label if any, else from the aperture. */
    public EyeState leftState(FaceSample sample) {
        EyeState label = sample.attributes().leftEye();
        return label != null ? label : classify(leftRatio(sample.landmarks()));
    }

    /** The image-right eye's state: the explicit label if any, else from the aperture. */
    public EyeState rightState(FaceSample sample) {
        EyeState label = sample.attributes().rightEye();
        return label != null ? label : classify(rightRatio(sample.landmarks()));
    }
}
