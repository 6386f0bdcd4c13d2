package org.landmarkstudio.core.edit;

import java.util.Objects;
import java.util.Set;

/**
 * A notification that an annotation session changed, so that views redraw the samples
 * concerned.
 *
 * @param samples indexes of the samples whose state changed (for {@link Kind#SAVED}: those that
 *                were unsaved before the save)
 * @param kind    what happened
 */
public record SessionChange(Set<Integer> samples, Kind kind) {

    /** What changed the session. */
    public enum Kind {
        /** A new edit was applied. */
        EDIT,
        /** The latest edit was undone. */
        UNDO,
        /** An undone edit was applied again. */
        REDO,
        /** The dataset was written to its source; nothing is unsaved any more. */
        SAVED,
        /** Edits recovered from a journal were applied. */
        REPLAYED
    }

    public SessionChange {
        samples = Set.copyOf(samples);
        Objects.requireNonNull(kind, "kind");
    }
}
