package org.landmarkstudio.core.format.pfpld;

/**
 * Converts between PFPLD's normalized crop coordinates ([0, 1] of the square crop) and the
 * studio's crop pixels (normalized × {@link PfpldFormat#CROP_SIZE}).
 *
 * <p>Multiplying by 112 and dividing back is not exact in binary floating point: for some
 * normalized values {@code (v * 112) / 112 != v}, and some crop-pixel values are not the
 * product of any double with 112. Writing therefore prints {@code pixels / 112}, as a Python
 * producer would, when that reads back to the same crop pixels; otherwise the shortest of the
 * nearby doubles that does; and only when none does, {@code pixels / 112}, which then reads
 * back within one unit in the last place.
 */
final class NormalizedCoordinate {

    /** How many doubles either side of {@code pixels / 112} are tried. */
    private static final int NEIGHBOURS = 2;

    private NormalizedCoordinate() {
    }

    /** Crop pixels of a normalized coordinate. */
    static double toPixels(double normalized) {
        return normalized * PfpldFormat.CROP_SIZE;
    }

    /** The Python-style decimal of the normalized coordinate for {@code pixels} (see the class note). */
    static String format(double pixels) {
        double quotient = pixels / PfpldFormat.CROP_SIZE;
        if (toPixels(quotient) == pixels) {
            return PythonFloatRepr.of(quotient);
        }
        String best = null;
        double below = quotient;
        double above = quotient;
        for (int step = 1; step <= NEIGHBOURS; step++) {
            below = Math.nextDown(below);
            above = Math.nextUp(above);
            for (double candidate : new double[] {below, above}) {
                if (toPixels(candidate) == pixels) {
                    String text = PythonFloatRepr.of(candidate);
                    if (best == null || text.length() < best.length()) {
                        best = text;
                    }
                }
            }
        }
        return best != null ? best : PythonFloatRepr.of(quotient);
    }
}
