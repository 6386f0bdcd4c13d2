package org.landmarkstudio.core.format.mat;

/**
 * Signals a file that cannot be read as a MAT level-5 file; the message says what was found
 * and what was expected, ready for a problem report.
 */
final class UnreadableMatException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableMatException(String message) {
        super(message);
    }
}
