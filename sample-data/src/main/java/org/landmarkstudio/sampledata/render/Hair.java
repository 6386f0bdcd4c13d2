package org.landmarkstudio.sampledata.render;

import java.awt.Color;
import java.util.random.RandomGenerator;

/**
 * A head of hair: its cut, colour, parting and how far the hairline has receded.
 *
 * @param style     the cut
 * @param colour    the hair's colour in even light
 * @param parting   where the parting lies, -1 image left .. 1 image right
 * @param recession how far the hairline has receded at the temples, millimetres
 */
public record Hair(HairStyle style, Color colour, double parting, double recession) {

    private static final int[][] NATURAL = {
        {22, 18, 17}, {38, 28, 22}, {58, 40, 28}, {88, 60, 38}, {122, 86, 52}, {168, 128, 78},
        {206, 170, 112}, {226, 206, 160}, {128, 56, 30}, {152, 150, 146}, {214, 212, 206}};
    private static final int[][] DYED = {{112, 46, 120}, {196, 90, 140}, {46, 90, 160}, {160, 30, 40}};

    /** A random head of hair. */
    public static Hair random(RandomGenerator r) {
        HairStyle[] styles = HairStyle.values();
        double[] weights = {0.05, 0.07, 0.2, 0.08, 0.12, 0.08, 0.22, 0.09, 0.09};
        double pick = r.nextDouble();
        HairStyle style = styles[styles.length - 1];
        for (int i = 0; i < styles.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                style = styles[i];
                break;
            }
        }
        int[] c = r.nextDouble() < 0.05 ? DYED[r.nextInt(DYED.length)]
                : NATURAL[Math.min(NATURAL.length - 1, (int) (Math.pow(r.nextDouble(), 1.4) * NATURAL.length))];
        Color colour = new Rgb(c[0], c[1], c[2]).times(r.nextDouble(0.9, 1.1)).color();
        double recession = style == HairStyle.SHORT || style == HairStyle.BUZZ ? Math.max(0, r.nextGaussian() * 6) : 0;
        return new Hair(style, colour, r.nextDouble(-0.6, 0.6), Math.min(14, recession));
    }
}
