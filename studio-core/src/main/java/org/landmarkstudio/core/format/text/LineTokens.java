package org.landmarkstudio.core.format.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The whitespace-separated tokens of one annotation line, with parsers that explain, by token
 * index, why a token is not the number the layout expects.
 *
 * <p>Numbers are accepted in plain decimal or exponent notation only ({@code 12}, {@code -0.5},
 * {@code 1e-05}); Java's extras such as hexadecimal floats or a {@code d} suffix are rejected,
 * because the Python tools that consume these files would reject them too. NaN and infinities
 * are rejected with their own message: a coordinate must be a finite number.
 */
public final class LineTokens {

    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)");

    /** ASCII bytes that separate tokens: Python's str.split() whitespace below 0x80. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c : new char[] {' ', '\t', '\n', 0x0b, '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f}) {
            ASCII_SPACE[c] = true;
        }
    }

    private final String text;
    private final byte[] ascii;
    private final int from;
    private final int to;
    private final int next;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private LineTokens(String text, byte[] ascii, int from, int to, int next, TokenBounds bounds) {
        this.text = text;
        this.ascii = ascii;
        this.from = from;
        this.to = to;
        this.next = next;
        this.starts = bounds.starts();
        this.ends = bounds.ends();
        this.count = bounds.count();
    }

    /**
     * Splits {@code text} on runs of whitespace (Unicode whitespace included, like Python's
     * {@code str.split()}), ignoring leading and trailing whitespace.
     */
    public static LineTokens of(String text) {
        TokenBounds bounds = new TokenBounds();
        int start = -1;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            boolean space = i == length || isSpace(text.charAt(i));
            if (space && start >= 0) {
                bounds.add(start, i);
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return new LineTokens(text, null, 0, 0, 0, bounds);
    }

    /**
     * Splits the line that starts at {@code bytes[from]} and runs to the next {@code \n} (or
     * {@code limit}), in place and in one pass: the fast path for the millions of lines of a
     * large list, which never copies a line into a string unless asked to. Returns
     * {@code null} when a non-ASCII byte comes first, so the caller can decode the line instead.
     * The tokens live in {@code bounds}, which the caller reuses for the next line.
     */
    static LineTokens scanAsciiLine(byte[] bytes, int from, int limit, TokenBounds bounds) {
        bounds.clear();
        int i = from;
        while (i < limit) {
            byte b = bytes[i];
            if (b == '\n') {
                break;
            }
            if (b < 0) {
                return null;
            }
            if (ASCII_SPACE[b]) {
                i++;
                continue;
            }
            int start = i;
            while (i < limit) {
                b = bytes[i];
                if (b > ' ' || b >= 0 && !ASCII_SPACE[b]) {
                    i++;
                } else if (b < 0) {
                    return null;
                } else {
                    break;
                }
            }
            bounds.add(start - from, i - from);
        }
        int end = i > from && bytes[i - 1] == '\r' ? i - 1 : i;
        return new LineTokens(null, bytes, from, end, i + 1, bounds);
    }

    /** Where the line after this one starts, for lines scanned from a file's bytes. */
    int nextLineStart() {
        return next;
    }

    /** The whole line's text. */
    public String lineText() {
        return text != null ? text : new String(ascii, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Whether {@code text} is a plain decimal number (the form {@link #decimal} accepts). */
    public static boolean isDecimal(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return !Double.isNaN(DecimalText.parse(bytes, 0, bytes.length));
    }

    /** Whether {@code text} can be written as one token: not empty and free of whitespace. */
    public static boolean isSingleToken(String text) {
        return !text.isEmpty() && text.chars().noneMatch(c -> isSpace((char) c));
    }

    /** Whether {@code c} separates tokens. */
    private static boolean isSpace(char c) {
        if (c == ' ') {
            return true;
        }
        if (c > ' ' && c < 0x7f) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public int count() {
        return count;
    }

    /** The token at {@code index} (0-based) as written. */
    public String text(int index) {
        Objects.checkIndex(index, count);
        return text != null ? text.substring(starts[index], ends[index])
                : new String(ascii, from + starts[index], ends[index] - starts[index], StandardCharsets.ISO_8859_1);
    }

    /** The first token. */
    public String first() {
        return text(0);
    }

    /** The last token. */
    public String last() {
        return text(count - 1);
    }

    /**
     * The token at {@code index} as a finite number.
     *
     * @param what the token's meaning for the message, e.g. {@code "y of point 6"}; only
     *             computed when the token is bad
     */
    public double decimal(int index, Supplier<String> what) throws MalformedLineException {
        Objects.checkIndex(index, count);
        double value = ascii != null
                ? DecimalText.parse(ascii, from + starts[index], from + ends[index])
                : parseDecimal(text(index));
        if (Double.isFinite(value)) {
            return value;
        }
        String token = text(index);
        if (NON_FINITE.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
            throw new MalformedLineException(where(index, what.get()) + ": expected a finite number, found \"" + token + "\"");
        }
        if (Double.isNaN(value)) {
            throw new MalformedLineException(where(index, what.get()) + ": expected a number, found \"" + token + "\"");
        }
        throw new MalformedLineException(where(index, what.get()) + ": " + token + " is too large for a number");
    }

    /** The token at {@code index} as a finite number; {@code what} names it in messages. */
    public double decimal(int index, String what) throws MalformedLineException {
        return decimal(index, () -> what);
    }

    /** The token at {@code index} as an integer. */
    public int integer(int index, String what) throws MalformedLineException {
        String token = text(index);
        if (isInteger(token)) {
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw new MalformedLineException(where(index, what) + ": integer " + token + " is out of range");
            }
        }
        throw new MalformedLineException(where(index, what) + ": expected an integer, found \"" + token + "\"");
    }

    /** The token at {@code index} as a 0/1 flag. */
    public int bit(int index, String what) throws MalformedLineException {
        Objects.checkIndex(index, count);
        int length = ends[index] - starts[index];
        char c = text != null ? text.charAt(starts[index]) : (char) ascii[from + starts[index]];
        if (length == 1 && (c == '0' || c == '1')) {
            return c - '0';
        }
        throw new MalformedLineException(where(index, what) + ": expected 0 or 1, found \"" + text(index) + "\"");
    }

    /** Two lines' tokens are equal when their texts are: the split is a function of the text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LineTokens other && lineText().equals(other.lineText());
    }

    @Override
    public int hashCode() {
        return lineText().hashCode();
    }

    /** Whether {@code token} is {@code [+-]?digits}. */
    private static boolean isInteger(String token) {
        int i = token.startsWith("+") || token.startsWith("-") ? 1 : 0;
        if (i == token.length()) {
            return false;
        }
        for (; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static double parseDecimal(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.ISO_8859_1);
        return DecimalText.parse(bytes, 0, bytes.length);
    }

    private static String where(int index, String what) {
        return "token " + index + " (" + what + ")";
    }
}
