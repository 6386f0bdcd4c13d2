package org.landmarkstudio.core.format.pfpld;

import java.util.BitSet;
import java.util.Objects;
import org.landmarkstudio.core.format.text.LineTokens;
import org.landmarkstudio.core.format.text.MalformedLineException;
import org.landmarkstudio.core.format.text.SourceRow;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * What one PFPLD list row holds, and nothing more: comparing the row a sample would be written
 * as with the row its source line parses to tells whether the sample changed.
 *
 * @param image      the image path as written
 * @param landmarks  98 points in crop pixels (normalized × 112); -256 placeholders are unlabelled
 * @param attributes the six WFLW flags (no eye labels)
 * @param pose       the pose with source {@link PoseSource#PFPLD_LIST}, or {@code null}
 * @param kind       the row kind (type flag)
 */
record PfpldRow(String image, Landmarks landmarks, FaceAttributes attributes, HeadPose pose, PfpldRowKind kind) {

    /** Tokens of a row without a type flag. */
    static final int TOKENS_UNFLAGGED = 206;
    /** Tokens of a row with a type flag. */
    static final int TOKENS_FLAGGED = 207;
    /** 0-based index of the type flag. */
    static final int FLAG_AT = 206;
    /** PFPLD's "no label" value of a normalized coordinate. */
    static final double PLACEHOLDER = -256.0;

    private static final int POINTS = 98;
    private static final int ATTRIBUTES_AT = 1 + 2 * POINTS;
    private static final int ANGLES_AT = ATTRIBUTES_AT + WflwAttribute.values().length;
    private static final String PLACEHOLDER_TEXT = "-256.0";

    /** Parses one line's tokens. */
    static PfpldRow parse(LineTokens tokens) throws MalformedLineException {
        int count = tokens.count();
        if (count != TOKENS_UNFLAGGED && count != TOKENS_FLAGGED) {
            throw new MalformedLineException("expected 206 or 207 tokens (image path, 196 normalized coordinates, "
                    + "6 attribute flags, 3 angles, optional type flag), found " + count);
        }
        PfpldRowKind kind = count == TOKENS_UNFLAGGED ? PfpldRowKind.UNFLAGGED : kindOfFlag(tokens);
        double[] xy = new double[2 * POINTS];
        BitSet labelled = new BitSet(POINTS);
        for (int i = 0; i < POINTS; i++) {
            int point = i;
            double x = tokens.decimal(1 + 2 * i, () -> "x of point " + point);
            double y = tokens.decimal(2 + 2 * i, () -> "y of point " + point);
            if (x != PLACEHOLDER || y != PLACEHOLDER) {
                xy[2 * i] = pixels(tokens, 1 + 2 * i, x);
                xy[2 * i + 1] = pixels(tokens, 2 + 2 * i, y);
                labelled.set(i);
            }
        }
        int[] flags = new int[WflwAttribute.values().length];
        for (WflwAttribute a : WflwAttribute.values()) {
            flags[a.ordinal()] = tokens.bit(ATTRIBUTES_AT + a.ordinal(), a.key() + " attribute");
        }
        String[] names = angleNames(kind);
        double[] angles = new double[3];
        for (int k = 0; k < 3; k++) {
            angles[k] = tokens.decimal(ANGLES_AT + k, names[k] + " in degrees");
        }
        HeadPose pose = kind.yawFirst()
                ? new HeadPose(angles[0], angles[1], angles[2], PoseSource.PFPLD_LIST)
                : new HeadPose(angles[1], angles[0], angles[2], PoseSource.PFPLD_LIST);
        return new PfpldRow(tokens.first(), Landmarks.of(PointSchema.WFLW_98, xy, labelled),
                FaceAttributes.fromWflwFlags(flags), meaningful(pose, kind), kind);
    }

    /**
     * {@code pose} as this kind of row can hold it: on rows whose pose PFPLD does not train,
     * exactly 0 0 0 is what the producers write for "no pose", so it reads as {@code null}.
     */
    static HeadPose meaningful(HeadPose pose, PfpldRowKind kind) {
        boolean zero = pose != null && pose.yaw() == 0 && pose.pitch() == 0 && pose.roll() == 0;
        return zero && !kind.yawFirst() ? null : pose;
    }

    /**
     * The line text: Python-style numbers, -256.0 for unlabelled points, 0.0 0.0 0.0 for no
     * pose. Points and angles that equal those of {@code source} (the sample's source line, or
     * {@code null}) keep their source text, so an edit changes only the tokens it touched.
     */
    String format(SourceRow<PfpldRow> source) {
        StringBuilder line = new StringBuilder(4000).append(image);
        for (int i = 0; i < POINTS; i++) {
            if (source != null && samePoint(landmarks, source.row().landmarks(), i)) {
                line.append(' ').append(source.tokens().text(1 + 2 * i)).append(' ').append(source.tokens().text(2 + 2 * i));
            } else {
                boolean known = landmarks.isLabelled(i);
                line.append(' ').append(known ? NormalizedCoordinate.format(landmarks.x(i)) : PLACEHOLDER_TEXT);
                line.append(' ').append(known ? NormalizedCoordinate.format(landmarks.y(i)) : PLACEHOLDER_TEXT);
            }
        }
        for (int flag : attributes.toWflwFlags()) {
            line.append(' ').append(flag);
        }
        boolean sameAngles = source != null && source.row().kind() == kind && Objects.equals(source.row().pose(), pose);
        double[] angles = pose == null ? new double[3]
                : kind.yawFirst() ? new double[] {pose.yaw(), pose.pitch(), pose.roll()}
                : new double[] {pose.pitch(), pose.yaw(), pose.roll()};
        for (int k = 0; k < 3; k++) {
            line.append(' ').append(sameAngles ? source.tokens().text(ANGLES_AT + k) : PythonFloatRepr.of(angles[k]));
        }
        kind.flag().ifPresent(flag -> line.append(' ').append(flag));
        return line.toString();
    }

    /** Whether point {@code i} is unlabelled in both or at the same coordinates in both. */
    private static boolean samePoint(Landmarks a, Landmarks b, int i) {
        if (a.isLabelled(i) != b.isLabelled(i)) {
            return false;
        }
        return !a.isLabelled(i) || Double.compare(a.x(i), b.x(i)) == 0 && Double.compare(a.y(i), b.y(i)) == 0;
    }

    private static double pixels(LineTokens tokens, int index, double normalized) throws MalformedLineException {
        double pixels = NormalizedCoordinate.toPixels(normalized);
        if (!Double.isFinite(pixels)) {
            throw new MalformedLineException("token " + index + ": " + tokens.text(index)
                    + " is too large for a normalized coordinate");
        }
        return pixels;
    }

    private static PfpldRowKind kindOfFlag(LineTokens tokens) throws MalformedLineException {
        int flag = tokens.integer(FLAG_AT, "type flag");
        try {
            return PfpldRowKind.ofFlag(flag);
        } catch (IllegalArgumentException e) {
            throw new MalformedLineException("token " + FLAG_AT + " (type flag): expected -2, 0 or -1, found \""
                    + tokens.text(FLAG_AT) + "\"");
        }
    }

    private static String[] angleNames(PfpldRowKind kind) {
        return kind.yawFirst() ? new String[] {"yaw", "pitch", "roll"} : new String[] {"pitch", "yaw", "roll"};
    }
}
