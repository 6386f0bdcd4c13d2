package org.landmarkstudio.core.sample;

import java.util.EnumSet;
import java.util.Set;

/**
 * WFLW's attribute flags plus optional explicit eye-state labels.
 *
 * <p>An eye label of {@code null} means "not labelled": the state then comes from the eye
 * aperture of the landmarks (see {@code org.landmarkstudio.core.eyes.EyeAperture}). An
 * annotator who flips a state stores an explicit label, which wins over the aperture.
 *
 * @param flags     the WFLW flags that are set
 * @param leftEye   explicit label of the image-left eye, or {@code null}
 * @param rightEye  explicit label of the image-right eye, or {@code null}
 */
public record FaceAttributes(Set<WflwAttribute> flags, EyeState leftEye, EyeState rightEye) {

    /** No flag set, no eye label. */
    public static final FaceAttributes NONE = new FaceAttributes(Set.of(), null, null);

    public FaceAttributes {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** Attributes from WFLW's six 0/1 values in file order. */
    public static FaceAttributes fromWflwFlags(int[] values) {
        EnumSet<WflwAttribute> set = EnumSet.noneOf(WflwAttribute.class);
        for (WflwAttribute a : WflwAttribute.values()) {
            if (values[a.ordinal()] != 0) {
                set.add(a);
            }
        }
        return set.isEmpty() ? NONE : new FaceAttributes(set, null, null);
    }

    /** The six 0/1 values in WFLW file order. */
    public int[] toWflwFlags() {
        int[] out = new int[WflwAttribute.values().length];
        for (WflwAttribute a : flags) {
            out[a.ordinal()] = 1;
        }
        return out;
    }

    public boolean has(WflwAttribute attribute) {
        return flags.contains(attribute);
    }

    /** A copy with one flag set or cleared. */
    public FaceAttributes with(WflwAttribute attribute, boolean on) {
        EnumSet<WflwAttribute> set = flags.isEmpty() ? EnumSet.noneOf(WflwAttribute.class) : EnumSet.copyOf(flags);
        if (on) {
            set.add(attribute);
        } else {
            set.remove(attribute);
        }
        return new FaceAttributes(set, leftEye, rightEye);
    }

    /** A copy with explicit eye labels ({@code null} clears a label). */
    public FaceAttributes withEyes(EyeState left, EyeState right) {
        return new FaceAttributes(flags, left, right);
    }
}
