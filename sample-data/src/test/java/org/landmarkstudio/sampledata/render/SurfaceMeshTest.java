package org.landmarkstudio.sampledata.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Path2D;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.sampledata.face.HeadRotation;
import org.landmarkstudio.sampledata.face.Point3;

class SurfaceMeshTest {

    /** A sphere seen from a turned viewpoint: the traced outline fills exactly the quads facing the camera. */
    @Test
    void tracedOutlineCoversExactlyTheQuadsThatFaceTheCamera() {
        SplittableRandom r = new SplittableRandom(8);
        for (int trial = 0; trial < 10; trial++) {
            HeadRotation rotation = HeadRotation.of(r.nextDouble(-90, 90), r.nextDouble(-60, 60),
                    r.nextDouble(-45, 45));
            int columns = 25;
            int rows = 13;
            double[] xy = new double[2 * columns * rows];
            for (int i = 0; i < columns; i++) {
                double theta = -Math.PI + 2 * Math.PI * i / (columns - 1);
                for (int j = 0; j < rows; j++) {
                    double lat = -Math.PI / 2 + Math.PI * j / (rows - 1);
                    Point3 p = rotation.apply(new Point3(Math.cos(lat) * Math.sin(theta), Math.sin(lat),
                            Math.cos(lat) * Math.cos(theta)).times(50));
                    xy[2 * (i * rows + j)] = 100 + p.x();
                    xy[2 * (i * rows + j) + 1] = 100 - p.y();
                }
            }
            Path2D.Double seen = new SurfaceMesh(xy, columns, rows).seen(null);
            for (int k = 0; k < 400; k++) {
                double x = r.nextDouble(40, 160);
                double y = r.nextDouble(40, 160);
                assertEquals(inAnyFrontQuad(xy, columns, rows, x, y), seen.contains(x, y), "point " + x + ", " + y);
            }
        }
    }

    private static boolean inAnyFrontQuad(double[] xy, int columns, int rows, double x, double y) {
        for (int i = 0; i < columns - 1; i++) {
            for (int j = 0; j < rows - 1; j++) {
                int[] q = {i * rows + j, (i + 1) * rows + j, (i + 1) * rows + j + 1, i * rows + j + 1};
                Path2D.Double quad = new Path2D.Double();
                quad.moveTo(xy[2 * q[0]], xy[2 * q[0] + 1]);
                double area = 0;
                for (int k = 0; k < 4; k++) {
                    int a = q[k];
                    int b = q[(k + 1) % 4];
                    area += xy[2 * a] * xy[2 * b + 1] - xy[2 * b] * xy[2 * a + 1];
                    if (k > 0) {
                        quad.lineTo(xy[2 * a], xy[2 * a + 1]);
                    }
                }
                quad.closePath();
                if (area < 0 && quad.contains(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
