package org.landmarkstudio.engine.graph;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The convolution of one input plane with one kernel (depthwise convolutions: one input channel
 * per group), with bias and activation applied as each output value is stored.
 *
 * <p>The plane is first copied into a zero-bordered buffer split into {@code strideW} phase planes
 * (phase {@code f} holds the padded columns {@code f, f + s, f + 2s...}), so that every tap of the
 * window reads consecutive values for consecutive output columns, whatever the stride. That is what
 * lets a 3x3 kernel (every depthwise layer of the PFPLD family and of UltraFace) run eight or more
 * output columns per vector instruction with its nine weights and one accumulator in registers;
 * other kernel sizes take a scalar loop over the same buffer.
 *
 * <p>Rows are computed in whole vectors into a row buffer and then copied out: the lanes past the
 * row's end read the padding or the next row (the buffers have slack for that) and are dropped.
 * A scalar loop for the last few columns would cost more than the rest of the row, because its
 * nine multiply-adds form one dependent chain.
 */
final class DepthwiseConvolution {

    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;

    private final Window win;
    private final int h;
    private final int w;
    private final int oh;
    private final int ow;
    private final int phaseWidth;
    private final int phaseHeight;
    private final float[][] phases;
    private final float[] row;

    /** A kernel runner for planes of {@code h x w}; holds its own buffer, so one per thread. */
    DepthwiseConvolution(Window win, int h, int w) {
        this.win = win;
        this.h = h;
        this.w = w;
        this.oh = win.outH(h);
        this.ow = win.outW(w);
        int s = win.strideW();
        int paddedW = Math.max(w + win.padLeft() + win.padRight(),
                (ow - 1) * s + (win.kernelW() - 1) * win.dilationW() + 1);
        this.phaseHeight = Math.max(h + win.padTop() + win.padBottom(),
                (oh - 1) * win.strideH() + (win.kernelH() - 1) * win.dilationH() + 1);
        this.phaseWidth = (paddedW + s - 1) / s;
        int vectorWidth = LANES.loopBound(ow + LANES.length() - 1);
        this.row = new float[vectorWidth];
        this.phases = new float[s][phaseHeight * phaseWidth + vectorWidth + phaseWidth];
    }

    /**
     * Output plane {@code out[dst..]} = act(plane {@code in[src..]} convolved with the kernel at
     * {@code k[kernel..]} + bias).
     */
    void run(float[] in, int src, float[] k, int kernel, float bias, Activation act, float[] out, int dst) {
        fill(in, src);
        if (win.kernelH() == 3 && win.kernelW() == 3) {
            slide3x3(k, kernel, bias, act, out, dst);
        } else {
            slide(k, kernel, bias, act, out, dst);
        }
    }

    /** Copies the plane into the phase planes; the borders, never written, stay zero. */
    private void fill(float[] in, int src) {
        int s = win.strideW();
        for (int y = 0; y < h; y++) {
            int row = (y + win.padTop()) * phaseWidth;
            int from = src + y * w;
            if (s == 1) {
                System.arraycopy(in, from, phases[0], row + win.padLeft(), w);
                continue;
            }
            for (int phase = 0; phase < s; phase++) {
                float[] plane = phases[phase];
                int x = Math.floorMod(phase - win.padLeft(), s);
                int at = row + (x + win.padLeft()) / s;
                for (; x < w; x += s) {
                    plane[at++] = in[from + x];
                }
            }
        }
    }

    private void slide3x3(float[] k, int kernel, float bias, Activation act, float[] out, int dst) {
        int s = win.strideW();
        int dx = win.dilationW();
        float[] p0 = phases[0];
        float[] p1 = phases[dx % s];
        float[] p2 = phases[2 * dx % s];
        int q1 = dx / s;
        int q2 = 2 * dx / s;
        float k0 = k[kernel];
        float k1 = k[kernel + 1];
        float k2 = k[kernel + 2];
        float k3 = k[kernel + 3];
        float k4 = k[kernel + 4];
        float k5 = k[kernel + 5];
        float k6 = k[kernel + 6];
        float k7 = k[kernel + 7];
        float k8 = k[kernel + 8];
        FloatVector v0 = FloatVector.broadcast(LANES, k0);
        FloatVector v1 = FloatVector.broadcast(LANES, k1);
        FloatVector v2 = FloatVector.broadcast(LANES, k2);
        FloatVector v3 = FloatVector.broadcast(LANES, k3);
        FloatVector v4 = FloatVector.broadcast(LANES, k4);
        FloatVector v5 = FloatVector.broadcast(LANES, k5);
        FloatVector v6 = FloatVector.broadcast(LANES, k6);
        FloatVector v7 = FloatVector.broadcast(LANES, k7);
        FloatVector v8 = FloatVector.broadcast(LANES, k8);
        int rowStep = win.dilationH() * phaseWidth;
        for (int oy = 0; oy < oh; oy++) {
            int r0 = oy * win.strideH() * phaseWidth;
            int r1 = r0 + rowStep;
            int r2 = r1 + rowStep;
            for (int ox = 0; ox < row.length; ox += LANES.length()) {
                FloatVector acc = FloatVector.fromArray(LANES, p0, r0 + ox).mul(v0);
                acc = FloatVector.fromArray(LANES, p1, r0 + q1 + ox).fma(v1, acc);
                acc = FloatVector.fromArray(LANES, p2, r0 + q2 + ox).fma(v2, acc);
                acc = FloatVector.fromArray(LANES, p0, r1 + ox).fma(v3, acc);
                acc = FloatVector.fromArray(LANES, p1, r1 + q1 + ox).fma(v4, acc);
                acc = FloatVector.fromArray(LANES, p2, r1 + q2 + ox).fma(v5, acc);
                acc = FloatVector.fromArray(LANES, p0, r2 + ox).fma(v6, acc);
                acc = FloatVector.fromArray(LANES, p1, r2 + q1 + ox).fma(v7, acc);
                acc = FloatVector.fromArray(LANES, p2, r2 + q2 + ox).fma(v8, acc);
                act.apply(acc.add(bias)).intoArray(row, ox);
            }
            System.arraycopy(row, 0, out, dst + oy * ow, ow);
        }
    }

    private void slide(float[] k, int kernel, float bias, Activation act, float[] out, int dst) {
        int s = win.strideW();
        int kh = win.kernelH();
        int kw = win.kernelW();
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                float acc = 0f;
                for (int ky = 0; ky < kh; ky++) {
                    int row = (oy * win.strideH() + ky * win.dilationH()) * phaseWidth;
                    for (int kx = 0; kx < kw; kx++) {
                        int tap = kx * win.dilationW();
                        acc = Math.fma(phases[tap % s][row + ox + tap / s], k[kernel + ky * kw + kx], acc);
                    }
                }
                out[dst + oy * ow + ox] = act.apply(acc + bias);
            }
        }
    }
}
