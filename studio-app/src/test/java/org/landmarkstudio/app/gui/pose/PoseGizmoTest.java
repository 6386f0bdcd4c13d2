package org.landmarkstudio.app.gui.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;

class PoseGizmoTest {

    /**
     * plot_pose_cube's corners for yaw 30, pitch -20, roll 10, tdx 100, tdy 120, size 80,
     * evaluated with Python's math module from the formula in FORMATS.md §2.4 (p = pitch,
     * y = -yaw, r = roll; face = (tdx - size/2, tdy - size/2)), in the order face, (x1, y1),
     * (x2, y2), x1+x2, (x3, y3), x1+x3, x2+x3, x1+x2+x3 (each sum relative to the face corner).
     */
    private static final double[] EXPECTED = {
        60.000000, 80.000000,
        128.229483, 106.527036,
        47.969301, 151.657679,
        116.198784, 178.184716,
        20.000000, 103.695851,
        88.229483, 130.222887,
        7.969301, 175.353530,
        76.198784, 201.880566};

    @Test
    void cornersFollowPlotPoseCube() {
        Point2D[] c = PoseGizmo.corners(new HeadPose(30, -20, 10, PoseSource.ANNOTATOR), 100, 120, 80);
        assertEquals(8, c.length);
        for (int i = 0; i < 8; i++) {
            assertEquals(EXPECTED[2 * i], c[i].getX(), 1e-6, "x of corner " + i);
            assertEquals(EXPECTED[2 * i + 1], c[i].getY(), 1e-6, "y of corner " + i);
        }
    }

    @Test
    void frontalPoseIsASquareWithPillarsTowardsTheViewer() {
        Point2D[] c = PoseGizmo.corners(new HeadPose(0, 0, 0, PoseSource.ANNOTATOR), 50, 50, 20);
        assertEquals(new Point2D(40, 40), c[0]);
        assertEquals(new Point2D(60, 60), c[3]);
        assertEquals(c[0].getX(), c[4].getX(), 1e-12);
        assertEquals(c[0].getY(), c[4].getY(), 1e-12);
    }
}
