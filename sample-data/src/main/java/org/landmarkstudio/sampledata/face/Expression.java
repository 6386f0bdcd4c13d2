package org.landmarkstudio.sampledata.face;

import java.util.random.RandomGenerator;

/**
 * What the face's muscles are doing: smiling, opening the mouth, raising or knitting the brows.
 *
 * <p>Random expressions are either mild (all values well inside the "normal" range) or
 * exaggerated (one value well beyond it), so WFLW's expression flag, {@link #isExaggerated()},
 * is never a borderline call.
 *
 * @param smile     0 none .. 1 broad smile (mouth corners up and out, lower lids raised)
 * @param mouthOpen 0 closed .. 1 wide open (the jaw drops)
 * @param browRaise -1 knitted, lowered brows .. 0 relaxed .. 1 raised in surprise
 */
public record Expression(double smile, double mouthOpen, double browRaise) {

    /** A relaxed face. */
    public static final Expression NEUTRAL = new Expression(0, 0, 0);

    private static final double EXAGGERATED_SMILE = 0.75;
    private static final double EXAGGERATED_MOUTH = 0.5;
    private static final double EXAGGERATED_BROWS = 0.7;

    public Expression {
        if (!(smile >= 0 && smile <= 1) || !(mouthOpen >= 0 && mouthOpen <= 1)
                || !(browRaise >= -1 && browRaise <= 1)) {
            throw new IllegalArgumentException(
                    "expression out of range: " + smile + ", " + mouthOpen + ", " + browRaise);
        }
    }

    /**
     * A random expression; {@code exaggerated} picks a laugh, a surprise, a shout or an angry
     * frown instead of a mild one.
     */
    public static Expression random(RandomGenerator r, boolean exaggerated) {
        if (exaggerated) {
            return switch (r.nextInt(4)) {
                case 0 -> new Expression(r.nextDouble(0.85, 1), r.nextDouble(0.55, 0.8), r.nextDouble(0, 0.4));
                case 1 -> new Expression(0, r.nextDouble(0.6, 1), r.nextDouble(0.8, 1));
                case 2 -> new Expression(r.nextDouble(0.0, 0.3), r.nextDouble(0.65, 1), r.nextDouble(-1, -0.8));
                default -> new Expression(r.nextDouble(0.85, 1), r.nextDouble(0, 0.3), r.nextDouble(0, 0.5));
            };
        }
        return switch (r.nextInt(6)) {
            case 0, 1 -> new Expression(r.nextDouble(0, 0.15), r.nextDouble(0, 0.05), r.nextDouble(-0.15, 0.15));
            case 2 -> new Expression(r.nextDouble(0.3, 0.65), r.nextDouble(0, 0.1), r.nextDouble(0, 0.3));
            case 3 -> new Expression(r.nextDouble(0.2, 0.6), r.nextDouble(0.15, 0.35), r.nextDouble(0, 0.3));
            case 4 -> new Expression(r.nextDouble(0, 0.2), r.nextDouble(0.1, 0.4), r.nextDouble(-0.2, 0.5));
            default -> new Expression(0, r.nextDouble(0, 0.1), r.nextDouble(-0.55, -0.25));
        };
    }

    /** WFLW's "exaggerated expression" attribute. */
    public boolean isExaggerated() {
        return smile >= EXAGGERATED_SMILE || mouthOpen >= EXAGGERATED_MOUTH || Math.abs(browRaise) >= EXAGGERATED_BROWS;
    }
}
