package org.landmarkstudio.core.metrics;

import java.util.Locale;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.EyeContour;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * The distance that turns a mean point error in pixels into a normalized mean error (NME),
 * always measured on the ground truth.
 *
 * <p>Measuring on the ground truth, not on the prediction, keeps a model from lowering its
 * own error by spreading its eye corners apart; PFPLD's {@code train.py} "ION" divides by the
 * <em>predicted</em> corner distance (FORMATS.md §2.3), so its numbers are not comparable with
 * these. Inter-ocular is the WFLW convention and the default.
 */
public enum Normalization {

    /** Distance between the ground-truth outer eye corners ({@link PointSchema#outerEyeCorners()}). */
    INTER_OCULAR {
        @Override
        public double distance(FaceSample groundTruth) {
            Landmarks gt = groundTruth.landmarks();
            int[] corners = gt.schema().outerEyeCorners();
            if (!gt.isLabelled(corners[0]) || !gt.isLabelled(corners[1])) {
                return Double.NaN;
            }
            return gt.distance(corners[0], corners[1]);
        }

        @Override
        String unavailable(FaceSample groundTruth) {
            int[] corners = groundTruth.landmarks().schema().outerEyeCorners();
            return "the ground-truth outer eye corners " + corners[0] + " and " + corners[1]
                    + " are not both labelled";
        }
    },

    /**
     * Distance between the ground-truth pupils when the schema has pupil points (WFLW 96/97,
     * LaPa 104/105), else between the centroids of the two eye contours (iBUG-68). The choice
     * depends on the schema only, never on which points a sample happens to label, so all
     * samples of one dataset are normalized alike.
     */
    INTER_PUPIL {
        @Override
        public double distance(FaceSample groundTruth) {
            Landmarks gt = groundTruth.landmarks();
            int[] pupils = gt.schema().pupils();
            if (pupils != null) {
                if (!gt.isLabelled(pupils[0]) || !gt.isLabelled(pupils[1])) {
                    return Double.NaN;
                }
                return gt.distance(pupils[0], pupils[1]);
            }
            double[] left = centroid(gt, gt.schema().leftEye());
            double[] right = centroid(gt, gt.schema().rightEye());
            if (left == null || right == null) {
                return Double.NaN;
            }
            return Math.hypot(left[0] - right[0], left[1] - right[1]);
        }

        @Override
        String unavailable(FaceSample groundTruth) {
            int[] pupils = groundTruth.landmarks().schema().pupils();
            if (pupils != null) {
                return "the ground-truth pupils " + pupils[0] + " and " + pupils[1] + " are not both labelled";
            }
            return "the ground-truth eye contours are not fully labelled, so the eye centres are unknown";
        }
    },

    /**
     * The geometric mean {@code sqrt(w h)} of the ground-truth face box, or of the bounds of
     * the labelled ground-truth points when the sample has no box.
     */
    BOX {
        @Override
        public double distance(FaceSample groundTruth) {
            Box box = groundTruth.boxOrBounds();
            if (box == null) {
                return Double.NaN;
            }
            double area = box.width() * box.height();
            return area > 0 ? Math.sqrt(area) : 0;
        }

        @Override
        String unavailable(FaceSample groundTruth) {
            return "the ground truth has neither a face box nor labelled points";
        }
    };

    /**
     * The normalizing distance of a ground-truth sample in pixels: NaN when the points it
     * needs are unlabelled, 0 when they coincide.
     */
    public abstract double distance(FaceSample groundTruth);

    /** Why {@link #distance} is NaN for this sample, naming the points it needs. */
    abstract String unavailable(FaceSample groundTruth);

    /**
     * The NME of one prediction: the mean, over the points labelled in the ground truth, of
     * the Euclidean distance to the predicted point, divided by {@link #distance}.
     *
     * <p>Points the ground truth leaves unlabelled do not count at all (they are neither zero
     * error nor excluded samples). A sample is excluded, with the reason, when its ground truth
     * labels no point or its normalizing distance is unknown or zero.
     *
     * @param groundTruth the labelled sample
     * @param prediction  complete landmarks in the ground truth's schema
     * @throws IllegalArgumentException when the prediction is in another schema or incomplete;
     *                                  map it with {@code SchemaMapping} first
     */
    public SampleNme nme(FaceSample groundTruth, Landmarks prediction) {
        Landmarks gt = groundTruth.landmarks();
        requireComparable(gt, prediction);
        if (gt.labelledCount() == 0) {
            return SampleNme.excluded("the ground truth has no labelled point");
        }
        double norm = distance(groundTruth);
        if (Double.isNaN(norm)) {
            return SampleNme.excluded(unavailable(groundTruth));
        }
        if (norm == 0) {
            return SampleNme.excluded("the ground-truth " + key() + " distance is zero");
        }
        double sum = 0;
        for (int i = 0; i < gt.size(); i++) {
            if (gt.isLabelled(i)) {
                sum += Math.hypot(prediction.x(i) - gt.x(i), prediction.y(i) - gt.y(i));
            }
        }
        return SampleNme.of(sum / gt.labelledCount() / norm);
    }

    /** The lower-case name used in JSON and on the command line ({@code inter-ocular}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Checks that a prediction can be compared point by point with its ground truth. */
    private static void requireComparable(Landmarks groundTruth, Landmarks prediction) {
        if (prediction.schema() != groundTruth.schema()) {
            throw new IllegalArgumentException("the prediction is in " + prediction.schema().id()
                    + " but the ground truth is in " + groundTruth.schema().id() + "; map it first");
        }
        if (!prediction.isComplete()) {
            throw new IllegalArgumentException("the prediction labels only " + prediction.labelledCount()
                    + " of " + prediction.size() + " points; a prediction must be complete");
        }
    }

    private static double[] centroid(Landmarks landmarks, EyeContour eye) {
        double x = 0;
        double y = 0;
        for (int i = 0; i < eye.size(); i++) {
            int p = eye.point(i);
            if (!landmarks.isLabelled(p)) {
                return null;
            }
            x += landmarks.x(p);
            y += landmarks.y(p);
        }
        return new double[] {x / eye.size(), y / eye.size()};
    }
}
