package org.landmarkstudio.engine.graph;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A 3x3, stride-1 convolution computed with Winograd's minimal filtering F(2x2, 3x3): each 2x2
 * block of outputs takes 16 multiplications per input channel instead of 36, the remaining work
 * being additions.
 *
 * <p>As in Lavin and Gray's formulation, the weights are transformed once ({@code U = G g G^T},
 * one 4x4 matrix per output and input channel), each 4x4 input tile is transformed
 * ({@code V = B^T d B}), the 16 element-wise products summed over the input channels become 16
 * matrix products ({@code M_k = U_k V_k}, the bulk of the work, done by {@link MatrixProduct}), and
 * each output block is {@code A^T M A}. Tiles are processed a vector at a time: the padded input
 * is split into even and odd columns, so the 4x4 tiles of eight neighbouring blocks are sixteen
 * consecutive loads; a tile row is padded to a whole number of vectors so those land in one panel
 * of the products' right-hand matrices. F(2x2, 3x3)'s transforms only add and halve, so results
 * stay within float rounding of the direct convolution (the agreement tests keep their 1e-4).
 */
final class Winograd23 {

    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    private static final int TILE_ELEMENTS = 16;

    private final float[] source;
    private final float[][] transformed;
    private final int m;
    private final int c;
    /** Per-thread buffers, kept between runs: reallocating and zeroing them cost as much as the transforms. */
    private final ThreadLocal<Scratch> scratch = new ThreadLocal<>();

    /**
     * The buffers of one image size: the transformed tiles (every element is written each run), the
     * products, and the even and odd columns of the padded input (whose borders are never written,
     * so they stay zero).
     */
    private record Scratch(int h, int w, ColumnPanels[] tiles, float[][] products, float[] even, float[] odd) {
    }

    /**
     * The transformed weights of an {@code m x c x 3 x 3} weight tensor.
     *
     * @param weight the weights, kept by reference so callers can tell whose transform this is
     */
    Winograd23(float[] weight, int m, int c) {
        this.source = weight;
        this.m = m;
        this.c = c;
        this.transformed = new float[TILE_ELEMENTS][m * c];
        float[] gg = new float[12];
        for (int oc = 0; oc < m; oc++) {
            for (int ic = 0; ic < c; ic++) {
                int k = (oc * c + ic) * 9;
                for (int col = 0; col < 3; col++) {
                    float g0 = weight[k + col];
                    float g1 = weight[k + 3 + col];
                    float g2 = weight[k + 6 + col];
                    gg[col] = g0;
                    gg[3 + col] = 0.5f * (g0 + g1 + g2);
                    gg[6 + col] = 0.5f * (g0 - g1 + g2);
                    gg[9 + col] = g2;
                }
                for (int row = 0; row < 4; row++) {
                    float a0 = gg[row * 3];
                    float a1 = gg[row * 3 + 1];
                    float a2 = gg[row * 3 + 2];
                    int at = oc * c + ic;
                    transformed[row * 4][at] = a0;
                    transformed[row * 4 + 1][at] = 0.5f * (a0 + a1 + a2);
                    transformed[row * 4 + 2][at] = 0.5f * (a0 - a1 + a2);
                    transformed[row * 4 + 3][at] = a2;
                }
            }
        }
    }

    /** Whether a convolution with this window and grouping is one this transform computes. */
    static boolean applies(Window win, int group, int inputChannels, int outputChannels) {
        return win.kernelH() == 3 && win.kernelW() == 3 && win.strideH() == 1 && win.strideW() == 1
                && win.dilationH() == 1 && win.dilationW() == 1 && group == 1
                && inputChannels >= 8 && outputChannels >= 8;
    }

    /** Whether this transform was made from {@code weight}. */
    boolean of(float[] weight) {
        return weight == source;
    }

    /**
     * One image: {@code out[outOffset..]} ({@code m x oh x ow}) = act(conv(in[inOffset..]) + bias).
     */
    void run(float[] in, int inOffset, int h, int w, Window win, float[] bias, Activation act, float[] out,
            int outOffset, int oh, int ow, Workers workers) {
        int tilesH = (oh + 1) / 2;
        int tilesW = LANES.loopBound((ow + 1) / 2 + LANES.length() - 1);
        int tiles = tilesH * tilesW;
        Scratch buffers = buffers(h, w, tilesH, tilesW);
        ColumnPanels[] v = transformInput(in, inOffset, h, w, win, tilesH, tilesW, buffers);
        float[][] products = buffers.products();
        for (int k = 0; k < TILE_ELEMENTS; k++) {
            int kk = k;
            workers.split(m, (from, to) -> MatrixProduct.multiply(transformed[kk], 0, from, to, v[kk], products[kk], 0,
                    null, 0, Activation.NONE));
        }
        workers.split(m, (from, to) -> transformOutput(products, from, to, tilesH, tilesW, bias, act, out, outOffset,
                oh, ow));
    }

    private Scratch buffers(int h, int w, int tilesH, int tilesW) {
        Scratch current = scratch.get();
        if (current == null || current.h() != h || current.w() != w) {
            int tiles = tilesH * tilesW;
            ColumnPanels[] v = new ColumnPanels[TILE_ELEMENTS];
            for (int k = 0; k < TILE_ELEMENTS; k++) {
                v[k] = ColumnPanels.zeros(c, tiles);
            }
            int planeSize = (2 * tilesH + 2) * (tilesW + 1 + LANES.length());
            current = new Scratch(h, w, v, new float[TILE_ELEMENTS][m * tiles], new float[planeSize], new float[planeSize]);
            scratch.set(current);
        }
        return current;
    }

    /** {@code B^T d B} of every 4x4 input tile, a vector of neighbouring tiles at a time. */
    private ColumnPanels[] transformInput(float[] in, int inOffset, int h, int w, Window win, int tilesH, int tilesW,
            Scratch buffers) {
        ColumnPanels[] v = buffers.tiles();
        int rows = 2 * tilesH + 2;
        int half = tilesW + 1 + LANES.length();
        float[] even = buffers.even();
        float[] odd = buffers.odd();
        int lanes = LANES.length();
        for (int ic = 0; ic < c; ic++) {
            int plane = inOffset + ic * h * w;
            for (int y = 0; y < h && y + win.padTop() < rows; y++) {
                int row = (y + win.padTop()) * half;
                for (int parity = 0; parity < 2; parity++) {
                    float[] dst = parity == 0 ? even : odd;
                    int x = Math.floorMod(parity - win.padLeft(), 2);
                    int end = Math.min(w, 2 * half - win.padLeft());
                    for (int at = row + (x + win.padLeft()) / 2; x < end; x += 2) {
                        dst[at++] = in[plane + y * w + x];
                    }
                }
            }
            for (int ty = 0; ty < tilesH; ty++) {
                int r0 = 2 * ty * half;
                int r1 = r0 + half;
                int r2 = r1 + half;
                int r3 = r2 + half;
                for (int tx = 0; tx < tilesW; tx += lanes) {
                    int at = v[0].index(ic, ty * tilesW + tx);
                    FloatVector a0 = rowLeft(even, odd, r0 + tx);
                    FloatVector a1 = rowMiddle(even, odd, r0 + tx);
                    FloatVector a2 = rowMirror(even, odd, r0 + tx);
                    FloatVector a3 = rowRight(odd, r0 + tx);
                    FloatVector b0 = rowLeft(even, odd, r1 + tx);
                    FloatVector b1 = rowMiddle(even, odd, r1 + tx);
                    FloatVector b2 = rowMirror(even, odd, r1 + tx);
                    FloatVector b3 = rowRight(odd, r1 + tx);
                    FloatVector c0 = rowLeft(even, odd, r2 + tx);
                    FloatVector c1 = rowMiddle(even, odd, r2 + tx);
                    FloatVector c2 = rowMirror(even, odd, r2 + tx);
                    FloatVector c3 = rowRight(odd, r2 + tx);
                    FloatVector e0 = rowLeft(even, odd, r3 + tx);
                    FloatVector e1 = rowMiddle(even, odd, r3 + tx);
                    FloatVector e2 = rowMirror(even, odd, r3 + tx);
                    FloatVector e3 = rowRight(odd, r3 + tx);
                    column(a0, b0, c0, e0, v, 0, at);
                    column(a1, b1, c1, e1, v, 1, at);
                    column(a2, b2, c2, e2, v, 2, at);
                    column(a3, b3, c3, e3, v, 3, at);
                }
            }
        }
        return v;
    }

    /** Column 0 of {@code d B} for one tile row of neighbouring tiles: {@code d0 - d2}. */
    private static FloatVector rowLeft(float[] even, float[] odd, int at) {
        return FloatVector.fromArray(LANES, even, at).sub(FloatVector.fromArray(LANES, even, at + 1));
    }

    /** Column 1 of {@code d B}: {@code d1 + d2}. */
    private static FloatVector rowMiddle(float[] even, float[] odd, int at) {
        return FloatVector.fromArray(LANES, odd, at).add(FloatVector.fromArray(LANES, even, at + 1));
    }

    /** Column 2 of {@code d B}: {@code d2 - d1}. */
    private static FloatVector rowMirror(float[] even, float[] odd, int at) {
        return FloatVector.fromArray(LANES, even, at + 1).sub(FloatVector.fromArray(LANES, odd, at));
    }

    /** Column 3 of {@code d B}: {@code d1 - d3}. */
    private static FloatVector rowRight(float[] odd, int at) {
        return FloatVector.fromArray(LANES, odd, at).sub(FloatVector.fromArray(LANES, odd, at + 1));
    }

    /** {@code B^T} applied to one column of {@code d B} (rows t0..t3), stored as elements col, 4+col, 8+col, 12+col. */
    private static void column(FloatVector t0, FloatVector t1, FloatVector t2, FloatVector t3, ColumnPanels[] v, int col,
            int at) {
        t0.sub(t2).intoArray(v[col].data(), at);
        t1.add(t2).intoArray(v[4 + col].data(), at);
        t2.sub(t1).intoArray(v[8 + col].data(), at);
        t1.sub(t3).intoArray(v[12 + col].data(), at);
    }

    /** {@code A^T M A} of every tile of output channels {@code [from, to)}, plus bias and activation. */
    private void transformOutput(float[][] p, int from, int to, int tilesH, int tilesW, float[] bias, Activation act,
            float[] out, int outOffset, int oh, int ow) {
        int tiles = tilesH * tilesW;
        int lanes = LANES.length();
        float[] y00 = new float[lanes];
        float[] y01 = new float[lanes];
        float[] y10 = new float[lanes];
        float[] y11 = new float[lanes];
        for (int oc = from; oc < to; oc++) {
            float b = bias == null ? 0f : bias[oc];
            int base = oc * tiles;
            int plane = outOffset + oc * oh * ow;
            for (int ty = 0; ty < tilesH; ty++) {
                for (int tx = 0; tx < tilesW; tx += lanes) {
                    int at = base + ty * tilesW + tx;
                    FloatVector s00 = sum3(p[0], p[1], p[2], at);
                    FloatVector s01 = diff3(p[1], p[2], p[3], at);
                    FloatVector s10 = sum3(p[4], p[5], p[6], at);
                    FloatVector s11 = diff3(p[5], p[6], p[7], at);
                    FloatVector s20 = sum3(p[8], p[9], p[10], at);
                    FloatVector s21 = diff3(p[9], p[10], p[11], at);
                    FloatVector s30 = sum3(p[12], p[13], p[14], at);
                    FloatVector s31 = diff3(p[13], p[14], p[15], at);
                    act.apply(s00.add(s10).add(s20).add(b)).intoArray(y00, 0);
                    act.apply(s01.add(s11).add(s21).add(b)).intoArray(y01, 0);
                    act.apply(s10.sub(s20).sub(s30).add(b)).intoArray(y10, 0);
                    act.apply(s11.sub(s21).sub(s31).add(b)).intoArray(y11, 0);
                    scatter(out, plane, ow, oh, 2 * ty, 2 * tx, y00, y01, y10, y11);
                }
            }
        }
    }

    private static FloatVector sum3(float[] m0, float[] m1, float[] m2, int at) {
        return FloatVector.fromArray(LANES, m0, at).add(FloatVector.fromArray(LANES, m1, at))
                .add(FloatVector.fromArray(LANES, m2, at));
    }

    private static FloatVector diff3(float[] m1, float[] m2, float[] m3, int at) {
        return FloatVector.fromArray(LANES, m1, at).sub(FloatVector.fromArray(LANES, m2, at))
                .sub(FloatVector.fromArray(LANES, m3, at));
    }

    /** Writes the 2x2 blocks of {@code lanes} neighbouring tiles, dropping what lies outside the output. */
    private static void scatter(float[] out, int plane, int ow, int oh, int y, int x0, float[] y00, float[] y01,
            float[] y10, float[] y11) {
        for (int i = 0; i < y00.length; i++) {
            int x = x0 + 2 * i;
            if (x >= ow) {
                break;
            }
            int top = plane + y * ow + x;
            out[top] = y00[i];
            if (x + 1 < ow) {
                out[top + 1] = y01[i];
            }
            if (y + 1 < oh) {
                out[top + ow] = y10[i];
                if (x + 1 < ow) {
                    out[top + ow + 1] = y11[i];
                }
            }
        }
    }
}
