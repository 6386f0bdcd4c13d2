package org.landmarkstudio.sampledata.face;

import java.util.random.RandomGenerator;

/**
 * The proportions that make one person's face differ from another's.
 *
 * @param faceWidth      width factor of the whole head (1 = average)
 * @param faceLength     length factor of the face below the eyes
 * @param jawWidth       the jaw's width at its angle as a share of the cheekbones' (0.74 .. 0.92)
 * @param jawRoundness   exponent of the jaw outline from its angle to the chin: 1.15 nearly
 *                       straight, a pointed chin .. 1.8 a round, broad chin
 * @param noseLength     nose length factor
 * @param noseWidth      nose width factor
 * @param noseProjection how far the nose stands out, as a factor
 * @param eyeSpacing     half the distance between the inner eye corners, millimetres
 * @param eyeWidth       eye width (corner to corner), millimetres
 * @param eyeHeight      eye opening height factor
 * @param canthalTilt    how much higher the outer eye corner sits than the inner, millimetres
 * @param mouthWidth     mouth width (corner to corner), millimetres
 * @param upperLip       upper lip height at the cupid's bow, millimetres
 * @param lowerLip       lower lip height, millimetres
 * @param browHeight     height of the brows above the eye line, millimetres
 * @param browThickness  brow thickness at its inner end, millimetres
 * @param browArch       height of the brow's arch, millimetres
 * @param hairline       height of the frontal hairline above the eye line, millimetres
 * @param earSize        ear size factor
 */
public record IdentityParameters(double faceWidth, double faceLength, double jawWidth, double jawRoundness,
                                 double noseLength, double noseWidth, double noseProjection, double eyeSpacing,
                                 double eyeWidth, double eyeHeight, double canthalTilt, double mouthWidth,
                                 double upperLip, double lowerLip, double browHeight, double browThickness,
                                 double browArch, double hairline, double earSize) {

    /** An average face. */
    public static final IdentityParameters AVERAGE = new IdentityParameters(1, 1, 0.84, 1.4, 1, 1, 1, 16.5, 29.5,
            1, 2, 50, 8, 10, 18, 6.5, 3.5, 62, 1);

    /** A random, plausible face. */
    public static IdentityParameters random(RandomGenerator r) {
        double eyeWidth = around(r, 29.5, 2.2, 25, 34);
        return new IdentityParameters(
                around(r, 1, 0.045, 0.9, 1.1),
                around(r, 1, 0.05, 0.88, 1.12),
                around(r, 0.84, 0.04, 0.74, 0.92),
                around(r, 1.4, 0.14, 1.15, 1.8),
                around(r, 1, 0.07, 0.86, 1.16),
                around(r, 1, 0.1, 0.8, 1.3),
                around(r, 1, 0.08, 0.82, 1.18),
                around(r, 16.5, 1.2, 14, 19.5),
                eyeWidth,
                around(r, 1, 0.09, 0.82, 1.2),
                around(r, 2, 1.3, -1, 5),
                around(r, 50, 3.5, 42, 58),
                around(r, 7.5, 1.3, 4.5, 11),
                around(r, 9.5, 1.5, 6, 13),
                around(r, 18, 1.8, 13.5, 23),
                around(r, 6.5, 1.2, 4, 9.5),
                around(r, 3.5, 1.2, 1, 6.5),
                around(r, 62, 4, 52, 74),
                around(r, 1, 0.07, 0.85, 1.15));
    }

    private static double around(RandomGenerator r, double mean, double sd, double min, double max) {
        return Math.max(min, Math.min(max, mean + sd * r.nextGaussian()));
    }
}
