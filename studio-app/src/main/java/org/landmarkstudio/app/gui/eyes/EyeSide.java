package org.landmarkstudio.app.gui.eyes;

import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.EyeContour;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Which eye, in image terms: the studio's schemas and labels name eyes by the side of the image
 * they appear on (the image-left eye is the subject's right eye), and so do these views.
 */
public enum EyeSide {
    /** The eye on the image's left. */
    LEFT("left", "Image-left eye", "subject's right"),
    /** The eye on the image's right. */
    RIGHT("right", "Image-right eye", "subject's left");

    private final String key;
    private final String title;
    private final String subject;

    EyeSide(String key, String title, String subject) {
        this.key = key;
        this.title = title;
        this.subject = subject;
    }

    /** {@code "left"} or {@code "right"}, as in edit descriptions ("Mark left eye closed") and node ids. */
    public String key() {
        return key;
    }

    /** The heading, e.g. {@code "Image-left eye"}. */
    public String title() {
        return title;
    }

    /** The same eye from the subject's point of view, e.g. {@code "subject's right"}. */
    public String subjectSide() {
        return subject;
    }

    /** This eye's contour in {@code schema}. */
    public EyeContour contour(PointSchema schema) {
        return this == LEFT ? schema.leftEye() : schema.rightEye();
    }

    /** The eye aspect ratio of this eye, NaN when a contour point is unlabelled. */
    public double ratio(Landmarks landmarks) {
        return EyeAperture.ratio(landmarks, contour(landmarks.schema()));
    }

    /** The explicit state label of this eye, or {@code null}. */
    public EyeState label(FaceAttributes attributes) {
        return this == LEFT ? attributes.leftEye() : attributes.rightEye();
    }

    /** A copy of {@code attributes} with this eye's label replaced ({@code null} clears it). */
    public FaceAttributes withLabel(FaceAttributes attributes, EyeState state) {
        return this == LEFT ? attributes.withEyes(state, attributes.rightEye())
                : attributes.withEyes(attributes.leftEye(), state);
    }

    /** The state shown for this eye: the explicit label if any, else the default aperture's verdict. */
    public EyeState effectiveState(Landmarks landmarks, FaceAttributes attributes) {
        EyeState label = label(attributes);
        return label != null ? label : EyeAperture.DEFAULT.classify(ratio(landmarks));
    }
}
