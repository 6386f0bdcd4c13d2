package org.landmarkstudio.core.sample;

import java.util.Locale;

/** WFLW's six per-face attribute flags, in the order they appear in the annotation files. */
public enum WflwAttribute {
    POSE, EXPRESSION, ILLUMINATION, MAKEUP, OCCLUSION, BLUR;

    /** The lower-case name used in JSON and subset queries ({@code "makeup"}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The attribute for a key, or {@code null}. */
    public static WflwAttribute byKey(String key) {
        for (WflwAttribute a : values()) {
            if (a.key().equals(key.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        return null;
    }
}
