package org.landmarkstudio.core.edit;

import java.util.EnumSet;
import java.util.Objects;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * A change of a sample's WFLW flags or explicit eye-state labels.
 *
 * @param sample      index of the sample in the dataset
 * @param before      the attributes the edit was made on
 * @param after       the attributes after the edit
 * @param description what the edit does, for the Edit menu
 */
public record AttributesEdit(int sample, FaceAttributes before, FaceAttributes after, String description)
        implements Edit {

    public AttributesEdit {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(description, "description");
    }

    /**
     * An edit described by what changed: "Set blur", "Clear blur" for one flag, "Set eye state"
     * when only eye labels change, "Set attributes" otherwise.
     */
    public static AttributesEdit of(int sample, FaceAttributes before, FaceAttributes after) {
        EnumSet<WflwAttribute> changed = EnumSet.noneOf(WflwAttribute.class);
        for (WflwAttribute a : WflwAttribute.values()) {
            if (before.has(a) != after.has(a)) {
                changed.add(a);
            }
        }
        boolean eyes = before.leftEye() != after.leftEye() || before.rightEye() != after.rightEye();
        String description;
        if (changed.isEmpty()) {
            description = eyes ? "Set eye state" : "Keep attributes";
        } else if (changed.size() == 1 && !eyes) {
            WflwAttribute a = changed.iterator().next();
            description = (after.has(a) ? "Set " : "Clear ") + a.key();
        } else {
            description = "Set attributes";
        }
        return new AttributesEdit(sample, before, after, description);
    }

    @Override
    public FaceSample apply(FaceSample s) {
        EditMismatch.check(this, "attributes", s.attributes(), before);
        return s.withAttributes(after);
    }

    @Override
    public AttributesEdit inverse() {
        return new AttributesEdit(sample, after, before, description);
    }
}
