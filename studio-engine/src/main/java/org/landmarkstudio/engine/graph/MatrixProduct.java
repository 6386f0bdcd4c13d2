package org.landmarkstudio.engine.graph;

import java.util.Arrays;

/**
 * The float matrix product the convolution and fully connected operators share:
 * {@code C += A x B} on row-major slices of larger arrays.
 *
 * <p>Why this shape: plain Java gets SIMD only from the JIT's loop vectorizer, and the Java 17 one
 * vectorizes {@code y[j] += s * x[j]} but not {@code y[off1 + j] += s * x[off2 + j]}: offsets into
 * a larger array leave it scalar (about 2.5 GMAC/s here against about 20). So each block of 128
 * columns of B is first copied into one small array per row of B (the packed panel, 128 floats
 * per row, small enough to stay in the L2 cache for the whole depth), each row of C is built in a
 * small accumulator array indexed from 0, and only then added into C. The accumulator takes four
 * rows of the panel per pass ({@code acc[j] += a0*p0[j] + a1*p1[j] + a2*p2[j] + a3*p3[j]}), so
 * it is loaded and stored once per four multiply-adds. Summing four products before adding them
 * changes only the float rounding order.
 */
final class MatrixProduct {

    private static final int COLUMN_BLOCK = 128;

    private MatrixProduct() {
    }

    /**
     * {@code c[cOff + i*cols + j] += sum_k a[aOff + i*depth + k] * b[bOff + k*cols + j]}.
     */
    static void accumulate(float[] a, int aOff, int rows, int depth, float[] b, int bOff, int cols, float[] c, int cOff) {
        int blockWidth = Math.min(COLUMN_BLOCK, cols);
        float[][] panel = new float[depth][blockWidth];
        float[] acc = new float[blockWidth];
        for (int j0 = 0; j0 < cols; j0 += COLUMN_BLOCK) {
            int width = Math.min(COLUMN_BLOCK, cols - j0);
            for (int k = 0; k < depth; k++) {
                System.arraycopy(b, bOff + k * cols + j0, panel[k], 0, width);
            }
            for (int i = 0; i < rows; i++) {
                int aRow = aOff + i * depth;
                Arrays.fill(acc, 0f);
                int k = 0;
                for (; k + 4 <= depth; k += 4) {
                    fourDeep(acc, a[aRow + k], panel[k], a[aRow + k + 1], panel[k + 1],
                            a[aRow + k + 2], panel[k + 2], a[aRow + k + 3], panel[k + 3], width);
                }
                for (; k < depth; k++) {
                    oneDeep(acc, a[aRow + k], panel[k], width);
                }
                int cRow = cOff + i * cols + j0;
                for (int j = 0; j < width; j++) {
                    c[cRow + j] += acc[j];
                }
            }
        }
    }

    private static void fourDeep(float[] acc, float a0, float[] p0, float a1, float[] p1, float a2, float[] p2,
            float a3, float[] p3, int width) {
        for (int j = 0; j < width; j++) {
            acc[j] += a0 * p0[j] + a1 * p1[j] + a2 * p2[j] + a3 * p3[j];
        }
    }

    private static void oneDeep(float[] acc, float av, float[] p, int width) {
        for (int j = 0; j < width; j++) {
            acc[j] += av * p[j];
        }
    }
}
