package org.landmarkstudio.engine.graph;

/**
 * The right-hand matrix of a {@link MatrixProduct} ({@code depth x cols}) seen as panels of
 * {@link MatrixProduct#PANEL} columns: element {@code (row, col)} of panel {@code col / PANEL} is at
 * {@code offset + panel * panelStride + row * rowStride + col % PANEL}.
 *
 * <p>Packed panels ({@link #zeros}, {@link #of}) store each panel depth-major in one run, the last
 * one zero-padded: the product's inner loop then reads consecutive values and the panel stays in
 * the cache while every row of the left matrix passes over it; convolutions write their im2col
 * columns straight into that layout, so the columns are never stored twice. A row-major matrix
 * whose width is a whole number of panels (the input of most 1x1 convolutions) is used in place
 * instead ({@link #view}): copying it would cost more than the strided reads.
 *
 * @param data the values
 * @param offset where element (0, 0) is
 * @param depth rows of the matrix
 * @param cols columns of the matrix
 * @param rowStride distance between consecutive rows of one panel
 * @param panelStride distance between consecutive panels
 */
record ColumnPanels(float[] data, int offset, int depth, int cols, int rowStride, int panelStride) {

    static int panels(int cols) {
        return (cols + MatrixProduct.PANEL - 1) / MatrixProduct.PANEL;
    }

    /** The zero panels of a {@code depth x cols} matrix, to be filled with {@link #set}. */
    static ColumnPanels zeros(int depth, int cols) {
        return new ColumnPanels(new float[panels(cols) * MatrixProduct.PANEL * depth], 0, depth, cols,
                MatrixProduct.PANEL, depth * MatrixProduct.PANEL);
    }

    /** The row-major matrix at {@code b[offset]}: used in place when whole panels fit its width, else packed. */
    static ColumnPanels view(float[] b, int offset, int depth, int cols) {
        if (cols % MatrixProduct.PANEL == 0) {
            return new ColumnPanels(b, offset, depth, cols, cols, MatrixProduct.PANEL);
        }
        return of(b, offset, depth, cols);
    }

    /** Packed panels of the row-major matrix at {@code b[offset]}. */
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
        return offset + col / MatrixProduct.PANEL * panelStride + row * rowStride + col % MatrixProduct.PANEL;
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
