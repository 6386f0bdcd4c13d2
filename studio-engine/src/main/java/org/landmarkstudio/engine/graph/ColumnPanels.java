package org.landmarkstudio.engine.graph;

/**
 * The right-hand matrix of a {@link MatrixProduct} ({@code depth x cols}) cut into panels of
 * {@link MatrixProduct#PANEL} columns, each stored depth-major in one run ({@code panel, row, lane}),
 * the last one zero-padded.
 *
 * <p>Why: the product's inner loop reads one panel row per depth step; stored this way those reads
 * are consecutive and the panel stays in the cache while every row of the left matrix passes over it.
 * Convolutions write their im2col columns straight into this layout, so the columns are never
 * stored twice.
 *
 * @param data the panels
 * @param depth rows of the matrix
 * @param cols columns of the matrix
 */
record ColumnPanels(float[] data, int depth, int cols) {

    static int panels(int cols) {
        return (cols + MatrixProduct.PANEL - 1) / MatrixProduct.PANEL;
    }

    /** The zero panels of a {@code depth x cols} matrix, to be filled with {@link #set}. */
    static ColumnPanels zeros(int depth, int cols) {
        return new ColumnPanels(new float[panels(cols) * MatrixProduct.PANEL * depth], depth, cols);
    }

    /** The panels of the row-major matrix at {@code b[offset]}. */
    static ColumnPanels of(float[] b, int offset, int depth, int cols) {
        ColumnPanels out = zeros(depth, cols);
        int at = 0;
        for (int j0 = 0; j0 < cols; j0 += MatrixProduct.PANEL) {
            int width = Math.min(MatrixProduct.PANEL, cols - j0);
            for (int k = 0; k < depth; k++) {
                System.arraycopy(b, offset + k * cols + j0, out.data, at, width);
                at += MatrixProduct.PANEL;
            }
        }
        return out;
    }

    /** Index of element {@code (row, col)} in {@link #data}. */
    int index(int row, int col) {
        int panel = col / MatrixProduct.PANEL;
        return (panel * depth + row) * MatrixProduct.PANEL + col % MatrixProduct.PANEL;
    }

    /**
     * Copies {@code length} values of one matrix row, starting at column {@code col}, from
     * {@code src[from]} with source step {@code step}; panel boundaries are handled here.
     */
    void set(int row, int col, float[] src, int from, int step, int length) {
        int done = 0;
        while (done < length) {
            int c = col + done;
            int lane = c % MatrixProduct.PANEL;
            int run = Math.min(length - done, MatrixProduct.PANEL - lane);
            int dst = index(row, c);
            if (step == 1) {
                System.arraycopy(src, from + done, data, dst, run);
            } else {
                for (int i = 0; i < run; i++) {
                    data[dst + i] = src[from + (done + i) * step];
                }
            }
            done += run;
        }
    }
}
