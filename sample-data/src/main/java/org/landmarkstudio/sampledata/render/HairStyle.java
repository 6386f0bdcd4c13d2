package org.landmarkstudio.sampledata.render;

/** The cut of a head of hair: how thick it lies, how far it hangs and what covers the forehead. */
public enum HairStyle {
    /** No hair. */
    BALD(0, 0, false, 0),
    /** Hair clipped to the scalp. */
    BUZZ(1.2, 0, false, 0),
    /** Short hair. */
    SHORT(9, 0, false, 0),
    /** Short hair with a fringe over the forehead. */
    SHORT_FRINGE(9, 0, true, 0),
    /** Chin-length bob. */
    BOB(9, -95, false, 0),
    /** Bob with a fringe. */
    BOB_FRINGE(9, -95, true, 0),
    /** Long hair to the shoulders and beyond. */
    LONG(8, -215, false, 0),
    /** Big curly volume. */
    CURLY(22, -70, false, 0),
    /** Hair tied back in a bun. */
    BUN(6, 0, false, 1);

    private final double thickness;
    private final double hangsTo;
    private final boolean fringe;
    private final int bun;

    HairStyle(double thickness, double hangsTo, boolean fringe, int bun) {
        this.thickness = thickness;
        this.hangsTo = hangsTo;
        this.fringe = fringe;
        this.bun = bun;
    }

    /** How far the hair stands off the scalp, millimetres. */
    double thickness() {
        return thickness;
    }

    /** The height the hair hangs down to at the sides and back, or 0 when it does not hang. */
    double hangsTo() {
        return hangsTo;
    }

    boolean hasFringe() {
        return fringe;
    }

    boolean hasBun() {
        return bun > 0;
    }

    boolean hasHair() {
        return this != BALD;
    }
}
