package org.landmarkstudio.core.subset;

/**
 * A subset query that does not parse; the message names the 1-based character position and
 * what was expected there, e.g. {@code "at 12: expected a subset name, found ')'"}.
 */
public final class SubsetQueryException extends IllegalArgumentException {

    private final int position;

    SubsetQueryException(int position, String message) {
        super("at " + position + ": " + message);
        this.position = position;
    }

    /** The 1-based character position of the problem in the query text. */
    public int position() {
        return position;
    }
}
