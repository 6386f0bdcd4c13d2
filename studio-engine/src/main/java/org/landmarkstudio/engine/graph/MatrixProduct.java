package org.landmarkstudio.engine.graph;

/**
 * The float matrix product the convolution and fully connected operators share:
 * {@code C += A x B} on row-major slices of larger arrays.
 *
 * <p>Blocked so that a block of B (128 x 256 floats, 128 KiB) stays in the L2 cache while the rows
 * of A pass over it, and four rows of C are updated per pass over a row of B, so each value of B
 * loaded feeds four multiply-adds. The innermost loops run along rows of B and C, which the JIT
 * vectorizes.
 */
final class MatrixProduct {

    private static final int DEPTH_BLOCK = 128;
    private static final int COLUMN_BLOCK = 256;

    private MatrixProduct() {
    }

    /**
     * {@code c[cOff + i*cols + j] += sum_k a[aOff + i*depth + k] * b[bOff + k*cols + j]}.
     */
    static void accumulate(float[] a, int aOff, int rows, int depth, float[] b, int bOff, int cols, float[] c, int cOff) {
        for (int j0 = 0; j0 < cols; j0 += COLUMN_BLOCK) {
            int j1 = Math.min(j0 + COLUMN_BLOCK, cols);
            for (int k0 = 0; k0 < depth; k0 += DEPTH_BLOCK) {
                int k1 = Math.min(k0 + DEPTH_BLOCK, depth);
                int i = 0;
                for (; i + 4 <= rows; i += 4) {
                    fourRows(a, aOff + i * depth, depth, b, bOff, cols, c, cOff + i * cols, k0, k1, j0, j1);
                }
                for (; i < rows; i++) {
                    int aRow = aOff + i * depth;
                    int cRow = cOff + i * cols;
                    for (int k = k0; k < k1; k++) {
                        float av = a[aRow + k];
                        int bRow = bOff + k * cols;
                        for (int j = j0; j < j1; j++) {
                            c[cRow + j] += av * b[bRow + j];
                        }
                    }
                }
            }
        }
    }

    private static void fourRows(float[] a, int aRow, int depth, float[] b, int bOff, int cols, float[] c, int cRow,
            int k0, int k1, int j0, int j1) {
        int c0 = cRow;
        int c1 = c0 + cols;
        int c2 = c1 + cols;
        int c3 = c2 + cols;
        for (int k = k0; k < k1; k++) {
            float a0 = a[aRow + k];
            float a1 = a[aRow + depth + k];
            float a2 = a[aRow + 2 * depth + k];
            float a3 = a[aRow + 3 * depth + k];
            int bRow = bOff + k * cols;
            for (int j = j0; j < j1; j++) {
                float bv = b[bRow + j];
                c[c0 + j] += a0 * bv;
                c[c1 + j] += a1 * bv;
                c[c2 + j] += a2 * bv;
                c[c3 + j] += a3 * bv;
            }
        }
    }
}
