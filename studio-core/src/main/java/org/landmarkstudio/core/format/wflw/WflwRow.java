package org.landmarkstudio.core.format.wflw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.BitSet;
import org.landmarkstudio.core.format.text.LineTokens;
import org.landmarkstudio.core.format.text.MalformedLineException;
import org.landmarkstudio.core.format.text.SourceRow;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * What one WFLW line holds, and nothing more: comparing the row a sample would be written as
 * with the row its source line parses to tells whether the sample changed.
 *
 * @param image      the image path as written
 * @param landmarks  98 points in image pixels; a point written as (-256, -256) is unlabelled
 * @param box        the integer face rectangle, or {@code null} in the test-subset layout
 * @param attributes the six flags (no eye labels), {@link FaceAttributes#NONE} in the test-subset layout
 */
record WflwRow(String image, Landmarks landmarks, Box box, FaceAttributes attributes) {

    /**
     * The coordinate that marks an unlabelled point when both x and y carry it. WFLW itself has
     * no placeholder; this is PFPLD's, chosen so that both line formats agree.
     */
    static final double PLACEHOLDER = -256.0;

    private static final int POINTS = 98;
    private static final int BOX_AT = 2 * POINTS;
    private static final int FLAGS_AT = BOX_AT + 4;
    private static final String[] BOX_NAMES = {"box x_min", "box y_min", "box x_max", "box y_max"};

    /** Parses one line's tokens in {@code layout}. */
    static WflwRow parse(LineTokens tokens, WflwLayout layout) throws MalformedLineException {
        if (tokens.count() != layout.tokenCount()) {
            throw new MalformedLineException(layout.wrongCount(tokens.count()));
        }
        double[] xy = new double[2 * POINTS];
        BitSet labelled = new BitSet(POINTS);
        for (int i = 0; i < POINTS; i++) {
            int point = i;
            double x = tokens.decimal(2 * i, () -> "x of point " + point);
            double y = tokens.decimal(2 * i + 1, () -> "y of point " + point);
            if (x != PLACEHOLDER || y != PLACEHOLDER) {
                xy[2 * i] = x;
                xy[2 * i + 1] = y;
                labelled.set(i);
            }
        }
        Box box = null;
        FaceAttributes attributes = FaceAttributes.NONE;
        if (layout.hasBoxAndAttributes()) {
            int[] corners = new int[4];
            for (int k = 0; k < 4; k++) {
                corners[k] = tokens.integer(BOX_AT + k, BOX_NAMES[k]);
            }
            box = new Box(corners[0], corners[1], corners[2], corners[3]);
            int[] flags = new int[WflwAttribute.values().length];
            for (WflwAttribute a : WflwAttribute.values()) {
                flags[a.ordinal()] = tokens.bit(FLAGS_AT + a.ordinal(), a.key() + " attribute");
            }
            attributes = FaceAttributes.fromWflwFlags(flags);
        }
        return new WflwRow(tokens.last(), Landmarks.of(PointSchema.WFLW_98, xy, labelled), box, attributes);
    }

    /**
     * The line text in {@code layout}: coordinates with 6 decimals, integers for box and flags.
     * Points and box that equal those of {@code source} (the sample's source line, or
     * {@code null}) keep their source text, so an edit changes only the tokens it touched.
     */
    String format(WflwLayout layout, SourceRow<WflwRow> source) {
        StringBuilder line = new StringBuilder(2600);
        for (int i = 0; i < POINTS; i++) {
            if (source != null && samePoint(landmarks, source.row().landmarks(), i)) {
                line.append(source.tokens().text(2 * i)).append(' ').append(source.tokens().text(2 * i + 1)).append(' ');
            } else {
                boolean known = landmarks.isLabelled(i);
                line.append(sixDecimals(known ? landmarks.x(i) : PLACEHOLDER)).append(' ');
                line.append(sixDecimals(known ? landmarks.y(i) : PLACEHOLDER)).append(' ');
            }
        }
        if (layout.hasBoxAndAttributes()) {
            boolean sameBox = source != null && box.equals(source.row().box());
            double[] corners = {box.x1(), box.y1(), box.x2(), box.y2()};
            for (int k = 0; k < 4; k++) {
                line.append(sameBox ? source.tokens().text(BOX_AT + k) : Long.toString((long) corners[k])).append(' ');
            }
            for (int flag : attributes.toWflwFlags()) {
                line.append(flag).append(' ');
            }
        }
        return line.append(image).toString();
    }

    /** Whether point {@code i} is unlabelled in both or at the same coordinates in both. */
    private static boolean samePoint(Landmarks a, Landmarks b, int i) {
        if (a.isLabelled(i) != b.isLabelled(i)) {
            return false;
        }
        return !a.isLabelled(i) || Double.compare(a.x(i), b.x(i)) == 0 && Double.compare(a.y(i), b.y(i)) == 0;
    }

    /** {@code %.6f} of the exact binary value, rounding half to even as C's printf does. */
    private static String sixDecimals(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
