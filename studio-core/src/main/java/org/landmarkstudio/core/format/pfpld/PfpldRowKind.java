package org.landmarkstudio.core.format.pfpld;

import java.util.BitSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.landmarkstudio.core.format.text.LineTokens;
import org.landmarkstudio.core.format.text.MalformedLineException;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/**
 * The kind of a PFPLD list row, told by its type flag: what the row supervises in training and
 * in which order its Euler angles are written (FORMATS.md §1.8).
 *
 * <p>PFPLD's loss trains the 98-point landmarks on {@code -2} rows, the pose and 43 mapped
 * points on {@code 0} rows, and evaluates pose only on {@code -1} rows. The producers wrote the
 * angles in different orders: 300W-LP and AFLW2000 rows ({@code 0}, {@code -1}) hold
 * [yaw, pitch, roll], WFLW rows ({@code -2}, and SetPreparation's output that has no flag)
 * hold [pitch, yaw, roll].
 */
public enum PfpldRowKind {

    /** Flag {@code -2}: a 98-point landmark row (WFLW, LaPa); pose not trained. */
    LANDMARKS_98(-2),
    /** Flag {@code 0}: 68 points mapped into the 98 slots, the rest -256; pose trained. */
    MAPPED_68(0),
    /** Flag {@code -1}: no landmarks, pose only (pose evaluation). */
    POSE_ONLY(-1),
    /** No flag (206 tokens): SetPreparation's output before a flag is appended. */
    UNFLAGGED(null);

    private final Integer flag;

    PfpldRowKind(Integer flag) {
        this.flag = flag;
    }

    /** The type flag written as the row's last token, or empty for {@link #UNFLAGGED}. */
    public OptionalInt flag() {
        return flag == null ? OptionalInt.empty() : OptionalInt.of(flag);
    }

    public boolean hasFlag() {
        return flag != null;
    }

    /**
     * Whether the row's angles are written [yaw, pitch, roll] (flags 0 and -1); otherwise they
     * are [pitch, yaw, roll]. On the latter rows PFPLD does not train the pose, and an angle
     * triple of exactly 0 0 0 means "no pose".
     */
    public boolean yawFirst() {
        return this == MAPPED_68 || this == POSE_ONLY;
    }

    /**
     * The kind for a type flag.
     *
     * @throws IllegalArgumentException when {@code flag} is not -2, 0 or -1
     */
    public static PfpldRowKind ofFlag(int flag) {
        for (PfpldRowKind kind : values()) {
            if (kind.flag != null && kind.flag == flag) {
                return kind;
            }
        }
        throw new IllegalArgumentException("PFPLD type flag must be -2, 0 or -1, not " + flag);
    }

    /**
     * The kind a sample with no PFPLD source line is written as: {@link #POSE_ONLY} when no
     * landmark is labelled, {@link #MAPPED_68} for an iBUG-68 sample (the 300W-LP convention)
     * or a 98-point one carrying only the 68 mapped slots and a pose, {@link #LANDMARKS_98}
     * otherwise.
     */
    public static PfpldRowKind of(FaceSample sample) {
        return of(sample, null);
    }

    /**
     * The kind {@code sample} is written as. A sample read from a PFPLD list keeps the kind of
     * its source row {@code sourceLine} (an unflagged row stays unflagged); otherwise as
     * {@link #of(FaceSample)}.
     */
    public static PfpldRowKind of(FaceSample sample, String sourceLine) {
        if (sourceLine != null) {
            Optional<PfpldRowKind> source = ofSourceLine(sourceLine);
            if (source.isPresent()) {
                return source.get();
            }
        }
        if (sample.landmarks().labelledCount() == 0) {
            return POSE_ONLY;
        }
        return sample.landmarks().schema() == PointSchema.IBUG_68 || isMapped68(sample) ? MAPPED_68 : LANDMARKS_98;
    }

    /**
     * A 98-point sample that carries only slots of the 68->98 table, with a pose: a 300W-LP
     * face already mapped into WFLW's layout.
     */
    private static boolean isMapped68(FaceSample sample) {
        Landmarks landmarks = sample.landmarks();
        if (landmarks.schema() != PointSchema.WFLW_98 || landmarks.isComplete() || sample.pose() == null) {
            return false;
        }
        BitSet outside = landmarks.labelledMask();
        outside.andNot(SchemaMapping.IBUG68_TO_WFLW98.carried());
        return outside.isEmpty();
    }

    /** The kind of a PFPLD line by its token count and flag; empty when it is not a valid row. */
    static Optional<PfpldRowKind> ofSourceLine(String text) {
        LineTokens tokens = LineTokens.of(text);
        if (tokens.count() == PfpldRow.TOKENS_UNFLAGGED) {
            return Optional.of(UNFLAGGED);
        }
        if (tokens.count() == PfpldRow.TOKENS_FLAGGED) {
            try {
                return Optional.of(ofFlag(tokens.integer(PfpldRow.FLAG_AT, "type flag")));
            } catch (MalformedLineException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
