package org.landmarkstudio.core.format.text;

/**
 * Parses a line's tokens into a codec's row record: the exact content of one line, so that two
 * rows compare equal exactly when they would be written the same.
 *
 * @param <R> the codec's row type
 */
@FunctionalInterface
public interface RowParser<R> {

    R parse(LineTokens tokens) throws MalformedLineException;
}
