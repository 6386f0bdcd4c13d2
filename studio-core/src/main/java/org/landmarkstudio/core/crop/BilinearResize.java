package org.landmarkstudio.core.crop;

/**
 * Resizes an image the way {@code cv2.resize(src, (width, height))} does with its default
 * {@code INTER_LINEAR} on 8-bit images, to the byte.
 *
 * <p>OpenCV maps destination pixel centres to the source with
 * {@code src = (dst + 0.5) * scale - 0.5} (in single precision, with
 * {@code scale = 1 / (dstSize / srcSize)}), clamps at the borders, and works in fixed point:
 * 11-bit weights, a horizontal pass into integers, then a vertical pass that shifts each row
 * term right by 4 and 16 bits before a final rounding shift. Rounding the weights and shifting
 * in the same order is what makes the result equal OpenCV's rather than within a grey level of
 * it. (OpenCV switches an exact 2x reduction to its area filter; that filter averages the same
 * 2x2 blocks this arithmetic does, so no special case is needed.)
 *
 * @param width  output width in pixels
 * @param height output height in pixels
 */
public record BilinearResize(int width, int height) {

    private static final int COEF_BITS = 11;
    private static final int COEF_SCALE = 1 << COEF_BITS;

    public BilinearResize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("output size must be positive, got " + width + "x" + height);
        }
    }

    /** The resized image; the source itself when it already has the output size. */
    public BgrImage apply(BgrImage source) {
        int sw = source.width();
        int sh = source.height();
        if (sw == width && sh == height) {
            return source;
        }
        Taps columns = Taps.of(sw, width, true);
        Taps rows = Taps.of(sh, height, false);
        byte[] src = source.data();
        int[][] horizontal = new int[sh][];
        byte[] out = new byte[width * height * 3];
        for (int dy = 0; dy < height; dy++) {
            int r0 = Math.min(Math.max(rows.index[dy], 0), sh - 1);
            int r1 = Math.min(Math.max(rows.index[dy] + 1, 0), sh - 1);
            int[] s0 = horizontalPass(src, sw, r0, columns, horizontal);
            int[] s1 = horizontalPass(src, sw, r1, columns, horizontal);
            int b0 = rows.weight0[dy];
            int b1 = rows.weight1[dy];
            int o = dy * width * 3;
            for (int i = 0; i < width * 3; i++) {
                int v = (((b0 * (s0[i] >> 4)) >> 16) + ((b1 * (s1[i] >> 4)) >> 16) + 2) >> 2;
                out[o + i] = (byte) Math.min(v, 255);
            }
        }
        return new BgrImage(width, height, out);
    }

    /** One source row filtered horizontally into 11-bit fixed point, computed once per row. */
    private int[] horizontalPass(byte[] src, int sw, int row, Taps columns, int[][] cache) {
        if (cache[row] != null) {
            return cache[row];
        }
        int[] line = new int[width * 3];
        int base = row * sw * 3;
        for (int dx = 0; dx < width; dx++) {
            int sx = columns.index[dx];
            int a0 = columns.weight0[dx];
            int a1 = columns.weight1[dx];
            for (int c = 0; c < 3; c++) {
                int p0 = src[base + sx * 3 + c] & 0xFF;
                line[dx * 3 + c] = sx + 1 < sw ? p0 * a0 + (src[base + (sx + 1) * 3 + c] & 0xFF) * a1
                        : p0 * COEF_SCALE;
            }
        }
        cache[row] = line;
        return line;
    }

    /**
     * For each output position along one axis: the first source index and the two 11-bit
     * weights, computed as OpenCV computes them (single-precision position, weights rounded
     * half to even). Columns are clamped with the weight moved onto the edge pixel; rows keep
     * their weights and clamp the index when read, as OpenCV does.
     */
    private record Taps(int[] index, int[] weight0, int[] weight1) {

        static Taps of(int sourceSize, int targetSize, boolean clampWeights) {
            double scale = 1.0 / ((double) targetSize / sourceSize);
            int[] index = new int[targetSize];
            int[] w0 = new int[targetSize];
            int[] w1 = new int[targetSize];
            for (int d = 0; d < targetSize; d++) {
                float f = (float) ((d + 0.5) * scale - 0.5);
                int s = (int) Math.floor(f);
                f -= s;
                if (clampWeights && (s < 0 || s >= sourceSize - 1)) {
                    s = s < 0 ? 0 : sourceSize - 1;
                    f = 0;
                }
                index[d] = s;
                w0[d] = (int) Math.rint((1.f - f) * COEF_SCALE);
                w1[d] = (int) Math.rint(f * COEF_SCALE);
            }
            return new Taps(index, w0, w1);
        }
    }
}
