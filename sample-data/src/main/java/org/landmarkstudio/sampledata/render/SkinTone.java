package org.landmarkstudio.sampledata.render;

import java.awt.Color;
import java.util.random.RandomGenerator;

/**
 * A skin colour, from very fair to very dark, with the lip and cheek colours that go with it.
 *
 * @param base the skin's colour in full, even light
 */
public record SkinTone(Color base) {

    private static final int[][] SCALE = {
        {252, 226, 210}, {243, 204, 182}, {230, 186, 156}, {214, 162, 126}, {190, 134, 98},
        {156, 102, 70}, {120, 78, 54}, {92, 60, 44}, {70, 46, 36}};

    /** A random tone along the scale, with a little hue variation. */
    public static SkinTone random(RandomGenerator r) {
        double t = Math.pow(r.nextDouble(), 1.15) * (SCALE.length - 1);
        int i = Math.min(SCALE.length - 2, (int) t);
        double f = t - i;
        double red = SCALE[i][0] + (SCALE[i + 1][0] - SCALE[i][0]) * f;
        double green = SCALE[i][1] + (SCALE[i + 1][1] - SCALE[i][1]) * f;
        double blue = SCALE[i][2] + (SCALE[i + 1][2] - SCALE[i][2]) * f;
        double warm = r.nextDouble(-6, 6);
        return new SkinTone(new Rgb(red + warm, green + r.nextDouble(-4, 4), blue - warm).color());
    }

    /** The natural (un-made-up) lip colour for this skin. */
    Rgb lips() {
        Rgb skin = Rgb.of(base);
        return skin.times(0.86, 0.66, 0.66).mix(new Rgb(178, 82, 84), 0.22);
    }

    /** Lightness 0 (dark) .. 1 (fair). */
    double lightness() {
        return (0.3 * base.getRed() + 0.59 * base.getGreen() + 0.11 * base.getBlue()) / 255;
    }
}
