package org.landmarkstudio.core.crop;

/**
 * An affine warp of an image onto a canvas, computed as {@code cv2.warpAffine(src, M,
 * (width, height))} computes it with its defaults ({@code INTER_LINEAR}, constant black
 * border), to the byte.
 *
 * <p>{@code M} maps source to canvas: canvas (u, v) = (m00 x + m01 y + m02, m10 x + m11 y + m12).
 * OpenCV inverts it in double precision, then steps through the canvas in fixed point: each
 * source position is rounded to 1/32 pixel through 10-bit intermediate sums, and the four
 * neighbours are blended with 15-bit weights from a 32x32 table. This class repeats that
 * arithmetic. (OpenCV's table saturates the zero-fraction weights to 32767 and 1; that cannot
 * change an 8-bit result, so the exact 32768 and 0 are used.) Neighbours outside the source
 * count as black.
 *
 * @param m00    row 0, x coefficient
 * @param m01    row 0, y coefficient
 * @param m02    row 0, offset
 * @param m10    row 1, x coefficient
 * @param m11    row 1, y coefficient
 * @param m12    row 1, offset
 * @param width  canvas width
 * @param height canvas height
 */
public record AffineWarp(double m00, double m01, double m02, double m10, double m11, double m12,
                         int width, int height) {

    private static final int INTER_BITS = 5;
    private static final int TABLE_SIZE = 1 << INTER_BITS;
    private static final int AB_BITS = 10;
    private static final int AB_SCALE = 1 << AB_BITS;
    private static final int ROUND_DELTA = AB_SCALE / TABLE_SIZE / 2;
    private static final int COEF_BITS = 15;

    public AffineWarp {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("canvas size must be positive, got " + width + "x" + height);
        }
    }

    /** The whole canvas. */
    public BgrImage apply(BgrImage source) {
        return apply(source, new CropWindow(0, 0, width, height));
    }

    /**
     * Only the part of the canvas under {@code window}, black where the window leaves the
     * canvas: equal to {@code window.cut(apply(source))} without warping the rest of the canvas.
     */
    public BgrImage apply(BgrImage source, CropWindow window) {
        double[] inv = inverse();
        byte[] src = source.data();
        int sw = source.width();
        int sh = source.height();
        int ww = window.width();
        byte[] out = new byte[ww * window.height() * 3];
        int fromX = Math.max(window.x(), 0);
        int toX = Math.min(window.x() + ww, width);
        int fromY = Math.max(window.y(), 0);
        int toY = Math.min(window.y() + window.height(), height);
        int[] weights = new int[4];
        for (int y = fromY; y < toY; y++) {
            int x0 = saturateInt((inv[1] * y + inv[2]) * AB_SCALE) + ROUND_DELTA;
            int y0 = saturateInt((inv[4] * y + inv[5]) * AB_SCALE) + ROUND_DELTA;
            for (int x = fromX; x < toX; x++) {
                int fx = (x0 + saturateInt(inv[0] * x * AB_SCALE)) >> (AB_BITS - INTER_BITS);
                int fy = (y0 + saturateInt(inv[3] * x * AB_SCALE)) >> (AB_BITS - INTER_BITS);
                int sx = saturateShort(fx >> INTER_BITS);
                int sy = saturateShort(fy >> INTER_BITS);
                tableWeights(fx & (TABLE_SIZE - 1), fy & (TABLE_SIZE - 1), weights);
                int o = ((y - window.y()) * ww + x - window.x()) * 3;
                for (int c = 0; c < 3; c++) {
                    int sum = weights[0] * at(src, sw, sh, sx, sy, c)
                            + weights[1] * at(src, sw, sh, sx + 1, sy, c)
                            + weights[2] * at(src, sw, sh, sx, sy + 1, c)
                            + weights[3] * at(src, sw, sh, sx + 1, sy + 1, c);
                    out[o + c] = (byte) Math.min(Math.max((sum + (1 << (COEF_BITS - 1))) >> COEF_BITS, 0), 255);
                }
            }
        }
        return new BgrImage(ww, window.height(), out);
    }

    /** The inverse map (canvas to source) as OpenCV computes it, in double precision. */
    private double[] inverse() {
        double d = m00 * m11 - m01 * m10;
        d = d != 0 ? 1.0 / d : 0;
        double a11 = m11 * d;
        double a22 = m00 * d;
        double a12 = m01 * -d;
        double a21 = m10 * -d;
        double b1 = -a11 * m02 - a12 * m12;
        double b2 = -a21 * m02 - a22 * m12;
        return new double[] {a11, a12, b1, a21, a22, b2};
    }

    /**
     * The bilinear weights for a 1/32-pixel fraction, in units of 2^-15: (32 - fy)(32 - fx),
     * (32 - fy) fx, fy (32 - fx) and fy fx, times 32. They are exact in OpenCV's table too.
     */
    private static void tableWeights(int fx, int fy, int[] w) {
        w[0] = (TABLE_SIZE - fy) * (TABLE_SIZE - fx) * TABLE_SIZE;
        w[1] = (TABLE_SIZE - fy) * fx * TABLE_SIZE;
        w[2] = fy * (TABLE_SIZE - fx) * TABLE_SIZE;
        w[3] = fy * fx * TABLE_SIZE;
    }

    private static int at(byte[] src, int sw, int sh, int x, int y, int c) {
        return x >= 0 && x < sw && y >= 0 && y < sh ? src[(y * sw + x) * 3 + c] & 0xFF : 0;
    }

    private static int saturateInt(double v) {
        double r = Math.rint(v);
        return r >= Integer.MAX_VALUE ? Integer.MAX_VALUE : r <= Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) r;
    }

    private static int saturateShort(int v) {
        return Math.min(Math.max(v, Short.MIN_VALUE), Short.MAX_VALUE);
    }
}
