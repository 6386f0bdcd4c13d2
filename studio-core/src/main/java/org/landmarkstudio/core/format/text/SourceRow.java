package org.landmarkstudio.core.format.text;

/**
 * The row a sample's source line parses to, with that line's tokens and text, so a writer can
 * keep the line when nothing changed and keep the text of each unchanged token when something
 * did.
 *
 * @param <R>    the codec's row type
 * @param row    the parsed row
 * @param tokens the source line's tokens
 * @param text   the source line, verbatim
 */
public record SourceRow<R>(R row, LineTokens tokens, String text) {
}
