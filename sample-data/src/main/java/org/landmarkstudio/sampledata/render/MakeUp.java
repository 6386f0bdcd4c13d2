package org.landmarkstudio.sampledata.render;

import java.awt.Color;
import java.util.random.RandomGenerator;

/**
 * Cosmetics on the face: lipstick, eye shadow, eyeliner and blush; any of them makes WFLW's
 * make-up attribute true when it can be seen.
 *
 * @param lipstick  lipstick colour, or {@code null}
 * @param eyeShadow eye shadow colour, or {@code null}
 * @param eyeliner  whether the lash line is drawn thick and winged
 * @param blush     cheek blush strength 0..1
 */
public record MakeUp(Color lipstick, Color eyeShadow, boolean eyeliner, double blush) {

    /** No make-up. */
    public static final MakeUp NONE = new MakeUp(null, null, false, 0);

    private static final int[][] LIPSTICKS = {
        {186, 22, 44}, {134, 14, 34}, {214, 84, 126}, {226, 96, 78}, {112, 30, 62}, {182, 110, 104}, {150, 40, 60}};
    private static final int[][] SHADOWS = {
        {120, 78, 58}, {106, 64, 120}, {62, 86, 140}, {60, 58, 64}, {176, 140, 70}, {150, 80, 90}};

    /** Random make-up with at least lipstick or eye make-up. */
    public static MakeUp random(RandomGenerator r) {
        int kind = r.nextInt(3);
        Color lipstick = kind != 1 ? pick(r, LIPSTICKS) : null;
        Color shadow = kind != 0 ? pick(r, SHADOWS) : null;
        return new MakeUp(lipstick, shadow, kind != 0 || r.nextBoolean(), r.nextDouble(0, 0.8));
    }

    /** Whether anything is worn on the lips. */
    public boolean onLips() {
        return lipstick != null;
    }

    /** Whether anything is worn round the eyes. */
    public boolean onEyes() {
        return eyeShadow != null || eyeliner;
    }

    private static Color pick(RandomGenerator r, int[][] palette) {
        int[] c = palette[r.nextInt(palette.length)];
        return new Rgb(c[0], c[1], c[2]).times(r.nextDouble(0.9, 1.1)).color();
    }
}
