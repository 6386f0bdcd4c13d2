package org.landmarkstudio.app.cli;

/** Signals input the user must fix (exit code 1); the message says what and where. */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
