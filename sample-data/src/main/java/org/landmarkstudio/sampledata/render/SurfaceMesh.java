package org.landmarkstudio.sampledata.render;

import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * A grid of projected surface points (a patch of the head, the hair, a fringe) whose quads that
 * face the camera make one shape: the patch as seen, with its true outline.
 *
 * <p>Columns run towards the image right of a frontal face and rows upwards, so a quad facing
 * the camera is drawn clockwise on the screen (negative signed area with y down); quads facing
 * away are mirrored and left out. The shape is traced as the boundary of the kept quads, edge by
 * edge in the quads' own direction: every kept quad maps onto the image with the same
 * orientation, so the boundary's winding number at a point counts the kept quads over it and
 * the non-zero rule fills exactly their union, with few edges to rasterise.
 *
 * @param xy      interleaved image points, column by column: point (i, j) at {@code i * rows + j}
 * @param columns number of columns of points
 * @param rows    number of rows of points
 */
record SurfaceMesh(double[] xy, int columns, int rows) {

    SurfaceMesh {
        if (xy.length != 2 * columns * rows || columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a mesh needs at least 2 x 2 points");
        }
    }

    /**
     * The union of the quads that face the camera, as its boundary loops; with a mask (one entry
     * per quad, {@code quad(i, j)} at {@code i * (rows - 1) + j}) only the masked-in quads count.
     */
    Path2D.Double seen(boolean[] mask) {
        int qc = columns - 1;
        int qr = rows - 1;
        boolean[] front = new boolean[qc * qr];
        for (int i = 0; i < qc; i++) {
            for (int j = 0; j < qr; j++) {
                front[i * qr + j] = (mask == null || mask[i * qr + j]) && facesCamera(i * rows + j);
            }
        }
        int points = columns * rows;
        int[] next = new int[points];
        int[] extra = new int[points];
        Arrays.fill(next, -1);
        Arrays.fill(extra, -1);
        int edges = 0;
        for (int i = 0; i < qc; i++) {
            for (int j = 0; j < qr; j++) {
                if (!front[i * qr + j]) {
                    continue;
                }
                int a = i * rows + j;
                int b = a + rows;
                int c = b + 1;
                int d = a + 1;
                if (j == 0 || !front[i * qr + j - 1]) {
                    edges += link(next, extra, a, b);
                }
                if (i == qc - 1 || !front[(i + 1) * qr + j]) {
                    edges += link(next, extra, b, c);
                }
                if (j == qr - 1 || !front[i * qr + j + 1]) {
                    edges += link(next, extra, c, d);
                }
                if (i == 0 || !front[(i - 1) * qr + j]) {
                    edges += link(next, extra, d, a);
                }
            }
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, edges + 8);
        for (int start = 0; start < points && edges > 0; start++) {
            while (next[start] >= 0 || extra[start] >= 0) {
                path.moveTo(xy[2 * start], xy[2 * start + 1]);
                int v = start;
                do {
                    int w = take(next, extra, v);
                    edges--;
                    v = w;
                    if (v != start) {
                        path.lineTo(xy[2 * v], xy[2 * v + 1]);
                    }
                } while (v != start && (next[v] >= 0 || extra[v] >= 0));
                path.closePath();
            }
        }
        return path;
    }

    private boolean facesCamera(int a) {
        int b = a + rows;
        int c = b + 1;
        int d = a + 1;
        double area = (xy[2 * a] * xy[2 * b + 1] - xy[2 * b] * xy[2 * a + 1])
                + (xy[2 * b] * xy[2 * c + 1] - xy[2 * c] * xy[2 * b + 1])
                + (xy[2 * c] * xy[2 * d + 1] - xy[2 * d] * xy[2 * c + 1])
                + (xy[2 * d] * xy[2 * a + 1] - xy[2 * a] * xy[2 * d + 1]);
        return area < 0;
    }

    /** Records the directed edge from → to; a vertex has at most two outgoing boundary edges. */
    private static int link(int[] next, int[] extra, int from, int to) {
        if (next[from] < 0) {
            next[from] = to;
        } else {
            extra[from] = to;
        }
        return 1;
    }

    private static int take(int[] next, int[] extra, int from) {
        int to;
        if (extra[from] >= 0) {
            to = extra[from];
            extra[from] = -1;
        } else {
            to = next[from];
            next[from] = -1;
        }
        return to;
    }
}
