package org.landmarkstudio.engine.graph;

/**
 * The float matrix product the convolution and fully connected operators share:
 * {@code C += A x B} on row-major slices of larger arrays.
 *
 * <p>Blocked over the inner and column dimensions so that a block of B (128 x 256 floats, 128 KiB)
 * stays in the L2 cache while every row of A passes over it; the innermost loop runs along a row of B
 * and C, which the JIT vectorizes.
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
                for (int i = 0; i < rows; i++) {
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
}
