package org.landmarkstudio.core.format.lapa;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a landmark file writes its numbers: a fixed number of decimals, as the file being
 * rewritten had, or the shortest decimal text that parses back to the same double.
 *
 * <p>A fixed count is only a preference: a number that the count cannot reproduce exactly
 * (an edit to a third of a pixel in a file of six decimals) is written in its shortest exact
 * form instead, because a writer must never change a coordinate by rounding it.
 *
 * @param decimals digits after the decimal point, or -1 for the shortest exact form
 */
record DecimalStyle(int decimals) {

    /** The shortest text that reads back as the same double, for files with no style yet. */
    static final DecimalStyle SHORTEST = new DecimalStyle(-1);

    /** The text of {@code value}; parsing it with {@link Double#parseDouble} gives {@code value} back. */
    String format(double value) {
        if (decimals >= 0) {
            String fixed = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
            if (Double.compare(Double.parseDouble(fixed), value) == 0) {
                return fixed;
            }
        }
        String shortest = Double.toString(value);
        return shortest.indexOf('E') < 0 ? shortest : new BigDecimal(shortest).toPlainString();
    }
}
