package org.landmarkstudio.core.edit;

/** A journal line that is not a valid header or entry; the message says what was expected. */
final class MalformedEntryException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedEntryException(String message) {
        super(message);
    }
}
