package org.landmarkstudio.engine.graph;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float matrix product the convolution and fully connected operators share:
 * {@code C = act(A x B + bias)}, A row-major, B as {@link ColumnPanels}.
 *
 * <p>Why this shape: the JIT's loop vectorizer of Java 17 reaches about 11 GMAC/s here at best;
 * the Vector API ({@code jdk.incubator.vector}) lets the kernel say what ncnn's and BLAS kernels
 * say in intrinsics. Each step computes a block of 4 rows of C by one panel (two vectors wide) in
 * eight vector registers: per depth step two panel loads and four broadcasts of A feed eight fused
 * multiply-adds, and C is written once, with the bias and the activation applied on the way.
 * Every element of C is a sequential sum over the depth in its own lane, so the result does not
 * depend on the vector width or on how rows are split across threads.
 */
final class MatrixProduct {

    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;

    /** Columns per panel: two vectors. */
    static final int PANEL = 2 * LANES.length();

    private static final int ROW_BLOCK = 4;

    private MatrixProduct() {
    }

    /**
     * Rows {@code [rowFrom, rowTo)} of {@code C}:
     * {@code c[cOff + i*cols + j] = act(sum_k a[aOff + i*depth + k] * B[k][j] + bias[i])}.
     *
     * @param bias null for none, else row {@code i} of C adds {@code bias[biasOff + i]}
     */
    static void multiply(float[] a, int aOff, int rowFrom, int rowTo, ColumnPanels b, float[] c, int cOff,
            float[] bias, int biasOff, Activation act) {
        int depth = b.depth();
        int cols = b.cols();
        float[] panels = b.data();
        float[] tail = new float[PANEL];
        for (int p = 0; p < ColumnPanels.panels(cols); p++) {
            int j0 = p * PANEL;
            int width = Math.min(PANEL, cols - j0);
            int panel = b.offset() + p * b.panelStride();
            int stride = b.rowStride();
            int i = rowFrom;
            for (; i + ROW_BLOCK <= rowTo; i += ROW_BLOCK) {
                fourRows(a, aOff + i * depth, depth, panels, panel, stride, c, cOff + i * cols + j0, cols, width, tail,
                        bias, biasOff + i, act);
            }
            for (; i < rowTo; i++) {
                oneRow(a, aOff + i * depth, depth, panels, panel, stride, c, cOff + i * cols + j0, width, tail,
                        bias == null ? 0f : bias[biasOff + i], act);
            }
        }
    }

    private static void fourRows(float[] a, int a0, int depth, float[] b, int panel, int stride, float[] c, int c0,
            int cols, int width, float[] tail, float[] bias, int row, Activation act) {
        FloatVector c00 = FloatVector.zero(LANES);
        FloatVector c01 = FloatVector.zero(LANES);
        FloatVector c10 = FloatVector.zero(LANES);
        FloatVector c11 = FloatVector.zero(LANES);
        FloatVector c20 = FloatVector.zero(LANES);
        FloatVector c21 = FloatVector.zero(LANES);
        FloatVector c30 = FloatVector.zero(LANES);
        FloatVector c31 = FloatVector.zero(LANES);
        int a1 = a0 + depth;
        int a2 = a1 + depth;
        int a3 = a2 + depth;
        int half = LANES.length();
        for (int k = 0; k < depth; k++) {
            int at = panel + k * stride;
            FloatVector b0 = FloatVector.fromArray(LANES, b, at);
            FloatVector b1 = FloatVector.fromArray(LANES, b, at + half);
            FloatVector v = FloatVector.broadcast(LANES, a[a0 + k]);
            c00 = v.fma(b0, c00);
            c01 = v.fma(b1, c01);
            v = FloatVector.broadcast(LANES, a[a1 + k]);
            c10 = v.fma(b0, c10);
            c11 = v.fma(b1, c11);
            v = FloatVector.broadcast(LANES, a[a2 + k]);
            c20 = v.fma(b0, c20);
            c21 = v.fma(b1, c21);
            v = FloatVector.broadcast(LANES, a[a3 + k]);
            c30 = v.fma(b0, c30);
            c31 = v.fma(b1, c31);
        }
        store(c00, c01, c, c0, width, tail, bias == null ? 0f : bias[row], act);
        store(c10, c11, c, c0 + cols, width, tail, bias == null ? 0f : bias[row + 1], act);
        store(c20, c21, c, c0 + 2 * cols, width, tail, bias == null ? 0f : bias[row + 2], act);
        store(c30, c31, c, c0 + 3 * cols, width, tail, bias == null ? 0f : bias[row + 3], act);
    }

    private static void oneRow(float[] a, int a0, int depth, float[] b, int panel, int stride, float[] c, int c0,
            int width, float[] tail, float bias, Activation act) {
        FloatVector s0 = FloatVector.zero(LANES);
        FloatVector s1 = FloatVector.zero(LANES);
        int half = LANES.length();
        for (int k = 0; k < depth; k++) {
            int at = panel + k * stride;
            FloatVector v = FloatVector.broadcast(LANES, a[a0 + k]);
            s0 = v.fma(FloatVector.fromArray(LANES, b, at), s0);
            s1 = v.fma(FloatVector.fromArray(LANES, b, at + half), s1);
        }
        store(s0, s1, c, c0, width, tail, bias, act);
    }

    /** Writes one row of a panel; a partial last panel goes through {@code tail} so C is never overrun. */
    private static void store(FloatVector low, FloatVector high, float[] c, int at, int width, float[] tail,
            float bias, Activation act) {
        FloatVector l = act.apply(low.add(bias));
        FloatVector h = act.apply(high.add(bias));
        if (width == PANEL) {
            l.intoArray(c, at);
            h.intoArray(c, at + LANES.length());
        } else {
            l.intoArray(tail, 0);
            h.intoArray(tail, LANES.length());
            System.arraycopy(tail, 0, c, at, width);
        }
    }
}
