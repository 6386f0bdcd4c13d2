package org.landmarkstudio.sampledata.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HeadRotationTest {

    /** PFPLD's plot_pose_cube axes (FORMATS.md §2.4) in image coordinates, y down. */
    private static double[][] plotPoseCubeAxes(double yaw, double pitch, double roll) {
        double p = Math.toRadians(pitch);
        double y = -Math.toRadians(yaw);
        double r = Math.toRadians(roll);
        return new double[][] {
            {Math.cos(y) * Math.cos(r), Math.cos(p) * Math.sin(r) + Math.cos(r) * Math.sin(p) * Math.sin(y)},
            {-Math.cos(y) * Math.sin(r), Math.cos(p) * Math.cos(r) - Math.sin(p) * Math.sin(y) * Math.sin(r)},
            {Math.sin(y), -Math.cos(y) * Math.sin(p)}};
    }

    @Test
    void imageAxesAreThoseOfPfpldsPlotPoseCube() {
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 200; k++) {
            double yaw = r.nextDouble(-90, 90);
            double pitch = r.nextDouble(-60, 60);
            double roll = r.nextDouble(-45, 45);
            HeadRotation rotation = HeadRotation.of(yaw, pitch, roll);
            double[][] cube = plotPoseCubeAxes(yaw, pitch, roll);
            Point3[] axes = {new Point3(1, 0, 0), new Point3(0, -1, 0), new Point3(0, 0, 1)};
            for (int a = 0; a < 3; a++) {
                Point3 v = rotation.apply(axes[a]);
                assertEquals(cube[a][0], v.x(), 1e-12);
                assertEquals(cube[a][1], -v.y(), 1e-12);
            }
        }
    }

    @Test
    void signsMoveTheNoseAsOnAflw2000() {
        Point3 nose = new Point3(0, 0, 1);
        assertTrue(HeadRotation.of(30, 0, 0).apply(nose).x() < 0, "positive yaw moves the nose to the image left");
        assertTrue(HeadRotation.of(0, 30, 0).apply(nose).y() > 0, "positive pitch moves the nose up");
        Point3 right = HeadRotation.of(0, 0, 30).apply(new Point3(1, 0, 0));
        assertTrue(right.y() < 0, "positive roll lowers the image-right side: clockwise in the image");
    }

    @Test
    void rotationKeepsLengthsAndTheLabelledAngles() {
        HeadRotation rotation = HeadRotation.of(12, -7, 3);
        Point3 p = new Point3(3, -4, 12);
        assertEquals(p.length(), rotation.apply(p).length(), 1e-12);
        assertEquals(12, rotation.toHeadPose().yaw());
        assertEquals(-7, rotation.toHeadPose().pitch());
        assertEquals(3, rotation.toHeadPose().roll());
    }
}
