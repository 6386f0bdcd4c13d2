package org.landmarkstudio.engine.backend;

/**
 * A model that cannot be opened or run: a missing or truncated file, an unsupported operator,
 * a wrong input name or shape. The message names the model and what was expected.
 */
public class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
