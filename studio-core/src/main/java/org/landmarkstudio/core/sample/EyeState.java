package org.landmarkstudio.core.sample;

import java.util.Locale;

/** Whether an eye is open or closed. */
public enum EyeState {
    OPEN, CLOSED;

    /** {@code "open"} or {@code "closed"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
