package org.landmarkstudio.core.format.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)");

    private final List<String> tokens;

    private LineTokens(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** Splits {@code text} on runs of whitespace, ignoring leading and trailing whitespace. */
    public static LineTokens of(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                if (start >= 0) {
                    out.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return new LineTokens(out);
    }

    /** Whether {@code text} is a plain decimal number (the form {@link #decimal} accepts). */
    public static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** Whether {@code text} can be written as one token: not empty and free of whitespace. */
    public static boolean isSingleToken(String text) {
        return !text.isEmpty() && text.chars().noneMatch(c -> isSpace((char) c));
    }

    /** Whether {@code c} separates tokens. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public int count() {
        return tokens.size();
    }

    /** The token at {@code index} (0-based) as written. */
    public String text(int index) {
        return tokens.get(index);
    }

    /** The first token. */
    public String first() {
        return tokens.get(0);
    }

    /** The last token. */
    public String last() {
        return tokens.get(tokens.size() - 1);
    }

    /**
     * The token at {@code index} as a finite number.
     *
     * @param what the token's meaning for the message, e.g. {@code "y of point 6"}
     */
    public double decimal(int index, String what) throws MalformedLineException {
        String token = tokens.get(index);
        if (NON_FINITE.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
            throw new MalformedLineException(where(index, what) + ": expected a finite number, found \"" + token + "\"");
        }
        if (!DECIMAL.matcher(token).matches()) {
            throw new MalformedLineException(where(index, what) + ": expected a number, found \"" + token + "\"");
        }
        double value = Double.parseDouble(token);
        if (!Double.isFinite(value)) {
            throw new MalformedLineException(where(index, what) + ": " + token + " is too large for a number");
        }
        return value;
    }

    /** The token at {@code index} as an integer. */
    public int integer(int index, String what) throws MalformedLineException {
        String token = tokens.get(index);
        if (INTEGER.matcher(token).matches()) {
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
        String token = tokens.get(index);
        if (token.equals("0") || token.equals("1")) {
            return token.charAt(0) - '0';
        }
        throw new MalformedLineException(where(index, what) + ": expected 0 or 1, found \"" + token + "\"");
    }

    private static String where(int index, String what) {
        return "token " + index + " (" + what + ")";
    }
}
