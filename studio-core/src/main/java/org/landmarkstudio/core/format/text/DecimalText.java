package org.landmarkstudio.core.format.text;

import java.nio.charset.StandardCharsets;

/**
 * Parses a plain decimal number ({@code 12}, {@code -0.5}, {@code 1e-05}) from a range of a
 * line's ASCII bytes in one pass, rejecting every other form.
 *
 * <p>Annotation files hold millions of coordinates, so this avoids regular expressions and
 * substrings. Values written with at most 15 digits and a small decimal exponent are
 * computed as {@code mantissa / 10^k} (or {@code * 10^k}): both operands are exact doubles, so
 * the one IEEE operation rounds correctly and the result equals {@link Double#parseDouble}.
 * Anything else falls back to {@code Double.parseDouble} after validation.
 */
final class DecimalText {

    /** Returned by {@link #parse} when the range is not a plain decimal number. */
    static final double NOT_A_NUMBER = Double.NaN;

    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int MAX_EXACT_DIGITS = 15;

    private DecimalText() {
    }

    /**
     * The value of the ASCII bytes {@code text[from, to)}, or {@link #NOT_A_NUMBER} when the range is not of
     * the form {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?}. A valid number can still be infinite.
     */
    static double parse(byte[] text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text[i] == '+' || text[i] == '-')) {
            negative = text[i] == '-';
            i++;
        }
        long mantissa = 0;
        int intStart = i;
        int d;
        while (i < to && (d = text[i] - '0') >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            i++;
        }
        int digits = i - intStart;
        int scale = 0;
        if (i < to && text[i] == '.') {
            i++;
            int fracStart = i;
            while (i < to && (d = text[i] - '0') >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                i++;
            }
            scale = i - fracStart;
            digits += scale;
        }
        if (digits == 0) {
            return NOT_A_NUMBER;
        }
        int exponent = 0;
        if (i < to && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (text[i] == '+' || text[i] == '-')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            int expStart = i;
            while (i < to && (d = text[i] - '0') >= 0 && d <= 9) {
                exponent = Math.min(exponent * 10 + d, 100_000);
                i++;
            }
            if (i == expStart) {
                return NOT_A_NUMBER;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return NOT_A_NUMBER;
        }
        int power = exponent - scale;
        if (digits <= MAX_EXACT_DIGITS && power >= -22 && power <= 22) {
            double value = power < 0 ? mantissa / POWERS[-power] : mantissa * POWERS[power];
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(text, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
