package org.landmarkstudio.core.format.text;

/**
 * One line of a text annotation file, kept exactly as it was written so that an unchanged
 * sample can be written back verbatim.
 *
 * @param number the 1-based line number
 * @param text   the line without its line end ({@code \n} or {@code \r\n})
 */
public record TextLine(int number, String text) {

    /** True when the line holds nothing but whitespace. */
    public boolean isBlank() {
        return LineTokens.of(text).count() == 0;
    }

    /** The line's whitespace-separated tokens. */
    public LineTokens tokens() {
        return LineTokens.of(text);
    }
}
