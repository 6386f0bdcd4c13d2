package org.landmarkstudio.core.edit;

import java.util.Locale;

/** What a journal entry records: an edit done, undone or redone, or a save of the dataset. */
public enum JournalOp {
    /** A new edit was applied. */
    DO,
    /** The edit was undone (its inverse applied). */
    UNDO,
    /** The undone edit was applied again. */
    REDO,
    /** The dataset was saved; entries before this one are on disk in the dataset itself. */
    SAVED;

    /** The name written in the journal ({@code "do"}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The op with this key, or {@code null}. */
    public static JournalOp byKey(String key) {
        for (JournalOp op : values()) {
            if (op.key().equals(key)) {
                return op;
            }
        }
        return null;
    }
}
