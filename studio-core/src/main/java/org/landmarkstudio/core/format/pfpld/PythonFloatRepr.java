package org.landmarkstudio.core.format.pfpld;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double the way Python 3's {@code repr(float)} (and {@code str(float)}) does: the
 * shortest decimal that parses back to the same double, in fixed notation with at least one
 * fractional digit ({@code 0.5}, {@code -256.0}) when the decimal exponent is in [-4, 16),
 * else in exponent notation ({@code 1e-05}, {@code 1.5e+16}).
 *
 * <p>PFPLD's lists are written by Python scripts with {@code str()}; writing the same text
 * keeps an edited list indistinguishable from one the scripts made, and the shortest
 * round-tripping form loses nothing. Java's own {@code Double.toString} differs in notation and,
 * before Java 19, is not always the shortest, so it is not used.
 */
final class PythonFloatRepr {

    private static final int MAX_DIGITS = 17;

    private PythonFloatRepr() {
    }

    /**
     * The Python repr of a finite {@code value}.
     *
     * @throws IllegalArgumentException for NaN or an infinity, which no PFPLD row may hold
     */
    static String of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) == 0 ? "0.0" : "-0.0";
        }
        BigDecimal shortest = shortestDecimal(value);
        String sign = value < 0 ? "-" : "";
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        return sign + (exponent < -4 || exponent >= 16 ? scientific(digits, exponent) : fixed(digits, exponent));
    }

    /**
     * The decimal with the fewest significant digits that parses back to {@code value}; of two
     * such decimals (one each side), the nearer one, as Python picks.
     */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= MAX_DIGITS; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (parsesTo(nearest, value)) {
                return nearest.stripTrailingZeros();
            }
            RoundingMode away = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal other = exact.round(new MathContext(precision, away));
            if (parsesTo(other, value)) {
                return other.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("no 17-digit decimal parses back to " + value);
    }

    private static boolean parsesTo(BigDecimal decimal, double value) {
        return Double.parseDouble(decimal.toString()) == value;
    }

    private static String fixed(String digits, int exponent) {
        if (exponent < 0) {
            return "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    private static String scientific(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String magnitude = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude.length() < 2 ? "0" : "") + magnitude;
    }
}
