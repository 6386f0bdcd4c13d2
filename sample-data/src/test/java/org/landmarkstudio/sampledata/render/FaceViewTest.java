package org.landmarkstudio.sampledata.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.sampledata.face.Expression;
import org.landmarkstudio.sampledata.face.EyeOpenness;
import org.landmarkstudio.sampledata.face.FaceShape;
import org.landmarkstudio.sampledata.face.Gaze;
import org.landmarkstudio.sampledata.face.HeadRotation;
import org.landmarkstudio.sampledata.face.IdentityParameters;
import org.landmarkstudio.sampledata.face.Point3;
import org.landmarkstudio.sampledata.face.Projection;

/** The labels sit where the drawing puts the face. */
class FaceViewTest {

    private static final Point3 PIVOT = new Point3(0, -12, -35);
    private static final Point3 TARGET = new Point3(0, -20, 60);

    private static FaceShape randomFace(SplittableRandom r, EyeOpenness openness) {
        return new FaceShape(IdentityParameters.random(r), Expression.random(r, r.nextInt(4) == 0), openness,
                Gaze.random(r));
    }

    private static FaceView view(FaceShape shape, double yaw, double pitch, double roll) {
        Projection projection = Projection.aimedAt(HeadRotation.of(yaw, pitch, roll), PIVOT, TARGET, 1000, 1, 128, 128);
        return new FaceView(shape, projection, shape.landmarks(projection), Lighting.SOFT);
    }

    @Test
    void everyLandmarkOfAFrontalFaceLiesInsideTheHeadOutline() {
        SplittableRandom r = new SplittableRandom(11);
        for (int k = 0; k < 100; k++) {
            FaceShape shape = randomFace(r, new EyeOpenness(r.nextDouble(), r.nextDouble()));
            double tilt = k < 50 ? 0 : 10;
            FaceView view = view(shape, r.nextDouble(-tilt, tilt + 1e-9), r.nextDouble(-tilt, tilt + 1e-9),
                    r.nextDouble(-tilt, tilt + 1e-9));
            Outline head = view.head();
            for (int i = 0; i < FaceShape.POINTS; i++) {
                assertTrue(head.contains(view.x(i), view.y(i), 0.5), "face " + k + " point " + i);
            }
        }
    }

    /**
     * At 1 pixel per millimetre: the far side's contour runs along the drawn silhouette (on it
     * below the cheekbones; further down, where the outline runs across the slices and the lips
     * and chin stand out, a slice's outermost point may lie two or three millimetres inside the
     * outline the neighbouring slices make, as with 300W-LP's slice rule), while the near side's
     * stays on the jaw line inside the outline.
     */
    @Test
    void farSideContourLiesOnTheSilhouetteAndNearSideInside() {
        SplittableRandom r = new SplittableRandom(12);
        for (int k = 0; k < 20; k++) {
            FaceShape shape = randomFace(r, new EyeOpenness(0.8, 0.8));
            double yaw = r.nextDouble(25, 70);
            FaceView view = view(shape, yaw, r.nextDouble(-10, 10), r.nextDouble(-10, 10));
            Area seen = new Area(view.skin());
            for (int i = 0; i < FaceShape.CHIN; i++) {
                double tolerance = i <= 5 ? 0.35 : 3;
                assertTrue(distanceToBoundary(seen, view.x(i), view.y(i)) < tolerance,
                        "far contour point " + i + " off the drawn silhouette at yaw " + yaw);
            }
            for (int i = 27; i < 32; i++) {
                assertTrue(seen.contains(view.x(i), view.y(i)), "near contour point " + i);
                assertTrue(distanceToBoundary(seen, view.x(i), view.y(i)) > 0.3,
                        "near contour point " + i + " should stay on the jaw line inside the outline");
            }
        }
    }

    @Test
    void aClosedEyeHasZeroApertureAndAnOpenOneIsWellAboveTheThreshold() {
        SplittableRandom r = new SplittableRandom(13);
        for (int k = 0; k < 40; k++) {
            FaceShape shape = randomFace(r, new EyeOpenness(0, 0.85));
            Projection projection = Projection.aimedAt(HeadRotation.of(r.nextDouble(-40, 40), r.nextDouble(-25, 25),
                    r.nextDouble(-20, 20)), PIVOT, TARGET, 900, 2, 128, 128);
            Landmarks landmarks = Landmarks.of(PointSchema.LAPA_106, shape.landmarks(projection));
            assertEquals(0, EyeAperture.leftRatio(landmarks), 1e-9);
            assertTrue(EyeAperture.rightRatio(landmarks) > 0.15, "open eye ratio " + EyeAperture.rightRatio(landmarks));
        }
    }

    @Test
    void pupilsSitInsideOpenEyesAndOnTheLidLineOfClosedOnes() {
        SplittableRandom r = new SplittableRandom(14);
        for (int k = 0; k < 40; k++) {
            FaceShape shape = randomFace(r, new EyeOpenness(0.9, 0));
            FaceView view = view(shape, 0, 0, 0);
            Path2D.Double opening = Curve.through(view.landmarks(), true, 66, 67, 68, 69, 70, 71, 72, 73).path();
            assertTrue(opening.contains(view.x(104), view.y(104)), "left pupil outside the open eye");
            double lidY = view.y(81);
            assertEquals(lidY, view.y(105), 1.5, "a closed eye's pupil lies on the lid line");
            assertFalse(Double.isNaN(view.x(105)));
        }
    }

    private static double distanceToBoundary(Area area, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        double[] c = new double[6];
        double sx = 0;
        double sy = 0;
        double px = 0;
        double py = 0;
        for (PathIterator it = area.getPathIterator(null, 0.05); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                sx = c[0];
                sy = c[1];
            } else {
                double ex = type == PathIterator.SEG_CLOSE ? sx : c[0];
                double ey = type == PathIterator.SEG_CLOSE ? sy : c[1];
                best = Math.min(best, segmentDistance(px, py, ex, ey, x, y));
                c[0] = ex;
                c[1] = ey;
            }
            px = c[0];
            py = c[1];
        }
        return best;
    }

    private static double segmentDistance(double ax, double ay, double bx, double by, double x, double y) {
        double ex = bx - ax;
        double ey = by - ay;
        double len2 = ex * ex + ey * ey;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / len2));
        return Math.hypot(ax + t * ex - x, ay + t * ey - y);
    }
}
