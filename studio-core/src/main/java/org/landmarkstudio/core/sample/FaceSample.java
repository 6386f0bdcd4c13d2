package org.landmarkstudio.core.sample;

import java.util.Objects;

/**
 * One annotated face: its image, face box, landmarks, head pose, attributes and provenance.
 *
 * <p>Immutable; the {@code with...} methods return an edited copy that keeps the provenance,
 * so a writer can tell an edited sample from the one it read.
 *
 * @param image      the image reference
 * @param box        the face rectangle, or {@code null} when the format has none
 * @param landmarks  the landmarks (possibly partially or wholly unlabelled)
 * @param pose       the head pose, or {@code null} when not labelled
 * @param attributes WFLW flags and eye labels
 * @param provenance where the sample came from
 */
public record FaceSample(ImageRef image, Box box, Landmarks landmarks, HeadPose pose,
                         FaceAttributes attributes, Provenance provenance) {

    public FaceSample {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(landmarks, "landmarks");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(provenance, "provenance");
    }

    public FaceSample withLandmarks(Landmarks newLandmarks) {
        return new FaceSample(image, box, newLandmarks, pose, attributes, provenance);
    }

    public FaceSample withPose(HeadPose newPose) {
        return new FaceSample(image, box, landmarks, newPose, attributes, provenance);
    }

    public FaceSample withAttributes(FaceAttributes newAttributes) {
        return new FaceSample(image, box, landmarks, pose, newAttributes, provenance);
    }

    public FaceSample withBox(Box newBox) {
        return new FaceSample(image, newBox, landmarks, pose, attributes, provenance);
    }

    /** The box if set, else the landmarks' bounds, else {@code null}. */
    public Box boxOrBounds() {
        return box != null ? box : landmarks.bounds();
    }
}
