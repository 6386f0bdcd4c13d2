package org.landmarkstudio.sampledata.render;

import java.awt.Color;
import java.util.random.RandomGenerator;

/**
 * How a face looks apart from its shape: skin, hair, eye colour, brows, make-up and clothes.
 *
 * @param skin     the skin tone
 * @param hair     the hair
 * @param iris     the iris colour
 * @param brows    the eyebrow colour
 * @param makeUp   cosmetics, {@link MakeUp#NONE} when none
 * @param clothing the colour of the top the person wears
 */
public record Appearance(SkinTone skin, Hair hair, Color iris, Color brows, MakeUp makeUp, Color clothing) {

    private static final int[][] IRISES = {
        {86, 52, 30}, {52, 32, 22}, {112, 86, 46}, {78, 104, 66}, {66, 104, 150}, {104, 118, 128}, {70, 44, 26}};

    /** A random look; {@code withMakeUp} puts make-up on. */
    public static Appearance random(RandomGenerator r, boolean withMakeUp) {
        SkinTone skin = SkinTone.random(r);
        Hair hair = Hair.random(r);
        int[] i = skin.lightness() < 0.5 ? IRISES[r.nextBoolean() ? 1 : 6] : IRISES[r.nextInt(IRISES.length)];
        Color iris = new Rgb(i[0], i[1], i[2]).times(r.nextDouble(0.85, 1.15)).color();
        Rgb hairRgb = Rgb.of(hair.colour());
        Rgb brow = hairRgb.mix(new Rgb(40, 30, 26), hair.style() == HairStyle.BALD ? 0.8 : r.nextDouble(0.15, 0.5));
        if (brow.r() + brow.g() + brow.b() > 420) {
            brow = brow.times(0.62);
        }
        MakeUp makeUp = withMakeUp ? MakeUp.random(r) : MakeUp.NONE;
        Color clothing = Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(0.05, 0.7),
                (float) r.nextDouble(0.12, 0.92));
        return new Appearance(skin, hair, iris, brow.color(), makeUp, clothing);
    }
}
