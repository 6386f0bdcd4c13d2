package org.landmarkstudio.app.gui.workspace;

/**
 * Datasets that could not be opened at all (no known format, unreadable file), each message
 * naming its file; datasets opened in the same batch are unaffected.
 */
public final class DatasetOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    public DatasetOpenException(String message) {
        super(message);
    }
}
