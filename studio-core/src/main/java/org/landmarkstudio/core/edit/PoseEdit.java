package org.landmarkstudio.core.edit;

import java.util.Objects;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;

/**
 * A change of a sample's head pose; either side may be {@code null}, meaning "no pose label".
 *
 * @param sample      index of the sample in the dataset
 * @param before      the pose the edit was made on, or {@code null}
 * @param after       the pose after the edit (with its source), or {@code null}
 * @param description what the edit does, for the Edit menu
 */
public record PoseEdit(int sample, HeadPose before, HeadPose after, String description) implements Edit {

    public PoseEdit {
        Objects.requireNonNull(description, "description");
    }

    /** An edit described as "Set pose" or, when {@code after} is {@code null}, "Clear pose". */
    public static PoseEdit of(int sample, HeadPose before, HeadPose after) {
        return new PoseEdit(sample, before, after, after == null ? "Clear pose" : "Set pose");
    }

    @Override
    public FaceSample apply(FaceSample s) {
        EditMismatch.check(this, "pose", s.pose(), before);
        return s.withPose(after);
    }

    @Override
    public PoseEdit inverse() {
        return new PoseEdit(sample, after, before, description);
    }
}
