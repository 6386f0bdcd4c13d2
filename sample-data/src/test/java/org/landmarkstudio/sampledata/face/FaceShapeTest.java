package org.landmarkstudio.sampledata.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.schema.PointSchema;

class FaceShapeTest {

    private static final Projection FRONTAL = Projection.aimedAt(HeadRotation.of(0, 0, 0), new Point3(0, -12, -35),
            new Point3(0, -20, 60), 1500, 1, 0, 0);

    /** A symmetric face seen from the front mirrors onto itself through LaPa's flip permutation. */
    @Test
    void anAverageFrontalFaceIsSymmetricUnderLapasFlip() {
        FaceShape shape = new FaceShape(IdentityParameters.AVERAGE, Expression.NEUTRAL, new EyeOpenness(0.8, 0.8),
                Gaze.AHEAD);
        double[] xy = shape.landmarks(FRONTAL);
        int[] flip = PointSchema.LAPA_106.flipPermutation();
        for (int i = 0; i < FaceShape.POINTS; i++) {
            assertEquals(-xy[2 * i], xy[2 * flip[i]], 1e-6, "x of point " + i + " and its mirror " + flip[i]);
            assertEquals(xy[2 * i + 1], xy[2 * flip[i] + 1], 1e-6, "y of point " + i + " and its mirror " + flip[i]);
        }
    }

    /** Every group runs as FORMATS.md §1.4 says: image left to right, upper edges before lower. */
    @Test
    void landmarkRunsFollowTheLapaLayout() {
        double[] xy = new FaceShape(IdentityParameters.AVERAGE, new Expression(0, 0.6, 0), new EyeOpenness(0.8, 0.8),
                Gaze.AHEAD).landmarks(FRONTAL);
        for (int i = 0; i < 32; i++) {
            assertTrue(xy[2 * i] < xy[2 * i + 2], "contour runs left to right at " + i);
        }
        assertTrue(xy[2 * 16 + 1] > xy[2 * 8 + 1], "the chin is the lowest contour point");
        for (int[] run : new int[][] {{33, 37}, {42, 46}, {57, 63}, {85, 89}, {97, 99}}) {
            for (int i = run[0]; i < run[1]; i++) {
                assertTrue(xy[2 * i] < xy[2 * i + 2], "run " + run[0] + "-" + run[1] + " left to right at " + i);
            }
        }
        for (int[] run : new int[][] {{38, 41}, {47, 50}, {91, 95}, {101, 103}}) {
            for (int i = run[0]; i < run[1]; i++) {
                assertTrue(xy[2 * i] > xy[2 * i + 2], "lower edge " + run[0] + "-" + run[1] + " right to left at " + i);
            }
        }
        for (int i = 51; i < 54; i++) {
            assertTrue(xy[2 * i + 1] < xy[2 * i + 3], "nose bridge runs down at " + i);
        }
        for (int i = 55; i < 57; i++) {
            assertTrue(xy[2 * i + 1] < xy[2 * i + 3], "the image-left nose wing runs down at " + i);
            assertTrue(xy[2 * (120 - i) + 1] < xy[2 * (120 - i) + 1 - 2], "the image-right nose wing runs up at " + i);
        }
        assertTrue(xy[2 * 66] < xy[2 * 70] && xy[2 * 70] < xy[2 * 75] && xy[2 * 75] < xy[2 * 79], "eye corners");
        assertTrue(xy[2 * 68 + 1] < xy[2 * 72 + 1] && xy[2 * 77 + 1] < xy[2 * 81 + 1], "upper lids above lower lids");
        assertTrue(xy[2 * 98 + 1] < xy[2 * 102 + 1], "an open mouth's inner lips part");
        assertEquals(xy[2 * 74], (xy[2 * 66] + xy[2 * 70]) / 2, 1.5, "left eye centre between its corners");
        assertEquals(xy[2 * 104], xy[2 * 74], 0.05, "pupil at the eye centre when looking ahead");
    }
}
