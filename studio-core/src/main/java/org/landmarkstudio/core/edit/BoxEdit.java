package org.landmarkstudio.core.edit;

import java.util.Objects;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * A change of a sample's face box; either side may be {@code null}, meaning "no box".
 *
 * @param sample      index of the sample in the dataset
 * @param before      the box the edit was made on, or {@code null}
 * @param after       the box after the edit, or {@code null}
 * @param description what the edit does, for the Edit menu
 */
public record BoxEdit(int sample, Box before, Box after, String description) implements Edit {

    public BoxEdit {
        Objects.requireNonNull(description, "description");
    }

    /** An edit described as "Set face box" or, when {@code after} is {@code null}, "Clear face box". */
    public static BoxEdit of(int sample, Box before, Box after) {
        return new BoxEdit(sample, before, after, after == null ? "Clear face box" : "Set face box");
    }

    @Override
    public FaceSample apply(FaceSample s) {
        EditMismatch.check(this, "box", s.box(), before);
        return s.withBox(after);
    }

    @Override
    public BoxEdit inverse() {
        return new BoxEdit(sample, after, before, description);
    }
}
