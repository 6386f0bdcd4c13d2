package org.landmarkstudio.core.edit;

import java.util.Objects;

/** The failure of an edit applied to a sample whose current value is not the edit's before value. */
final class EditMismatch {

    private EditMismatch() {
    }

    /**
     * Throws when {@code current} differs from {@code before}; the message names the sample,
     * the edit and the likely cause.
     *
     * @param part the edited part of the sample ("landmarks", "pose")
     */
    static void check(Edit edit, String part, Object current, Object before) {
        if (!Objects.equals(current, before)) {
            throw new IllegalStateException("sample " + edit.sample() + ": cannot apply \"" + edit.description()
                    + "\": the sample's current " + part + " (" + current + ") is not the value the edit was made on ("
                    + before + "); the edit belongs to another state of the dataset or to another file");
        }
    }
}
