package org.landmarkstudio.core.edit;

import java.util.Objects;

/**
 * One line of an edit journal after the header.
 *
 * @param seq   the entry's 1-based sequence number in its journal
 * @param op    what happened
 * @param edit  the edit done, undone or redone; {@code null} for {@link JournalOp#SAVED}
 * @param saved the dataset's fingerprint after a save; {@code null} for the other ops
 */
public record JournalEntry(long seq, JournalOp op, Edit edit, DatasetFingerprint saved) {

    public JournalEntry {
        Objects.requireNonNull(op, "op");
        if ((op == JournalOp.SAVED) != (edit == null) || (op == JournalOp.SAVED) != (saved != null)) {
            throw new IllegalArgumentException("a " + op.key() + " entry needs "
                    + (op == JournalOp.SAVED ? "a fingerprint and no edit" : "an edit and no fingerprint"));
        }
    }
}
