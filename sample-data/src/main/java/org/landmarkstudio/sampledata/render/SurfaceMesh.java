package org.landmarkstudio.sampledata.render;

import java.awt.geom.Path2D;

/**
 * A grid of projected surface points (a patch of the head, the hair, a fringe) whose quads that
 * face the camera make one shape: the patch as seen, with its true outline and no seams.
 *
 * <p>Columns run towards the image right of a frontal face and rows upwards, so a quad facing
 * the camera is drawn clockwise on the screen (negative signed area with y down); quads facing
 * away are mirrored and left out. For a convex patch the kept quads do not overlap.
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

    /** The union of the quads that face the camera. */
    Path2D.Double seen() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int i = 0; i < columns - 1; i++) {
            for (int j = 0; j < rows - 1; j++) {
                int a = i * rows + j;
                int b = a + rows;
                int c = b + 1;
                int d = a + 1;
                double area = (xy[2 * a] * xy[2 * b + 1] - xy[2 * b] * xy[2 * a + 1])
                        + (xy[2 * b] * xy[2 * c + 1] - xy[2 * c] * xy[2 * b + 1])
                        + (xy[2 * c] * xy[2 * d + 1] - xy[2 * d] * xy[2 * c + 1])
                        + (xy[2 * d] * xy[2 * a + 1] - xy[2 * a] * xy[2 * d + 1]);
                if (area >= 0) {
                    continue;
                }
                path.moveTo(xy[2 * a], xy[2 * a + 1]);
                path.lineTo(xy[2 * b], xy[2 * b + 1]);
                path.lineTo(xy[2 * c], xy[2 * c + 1]);
                path.lineTo(xy[2 * d], xy[2 * d + 1]);
                path.closePath();
            }
        }
        return path;
    }
}
