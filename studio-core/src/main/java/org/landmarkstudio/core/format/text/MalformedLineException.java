package org.landmarkstudio.core.format.text;

/**
 * Says why one line does not fit its format; the codec turns it into a
 * {@link org.landmarkstudio.core.dataset.Problem} at that line and skips the line.
 */
public class MalformedLineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what was expected, without the file and line */
    public MalformedLineException(String message) {
        super(message);
    }
}
