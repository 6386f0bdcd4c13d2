package org.landmarkstudio.core.format.text;

/**
 * One line of a text annotation file, exactly as it was written, with its whitespace-separated
 * tokens.
 *
 * @param number the 1-based line number
 * @param tokens the line's tokens, which also hold its exact text
 */
public record TextLine(int number, LineTokens tokens) {

    /** A line whose tokens are split from its text. */
    public TextLine(int number, String text) {
        this(number, LineTokens.of(text));
    }

    /** The line without its line end ({@code \n} or {@code \r\n}). */
    public String text() {
        return tokens.lineText();
    }

    /** True when the line holds nothing but whitespace. */
    public boolean isBlank() {
        return tokens.count() == 0;
    }
}
