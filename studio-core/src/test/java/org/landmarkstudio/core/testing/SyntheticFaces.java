package org.landmarkstudio.core.testing;

import java.nio.file.Path;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Builds WFLW-98 and iBUG-68 faces with hand-checkable geometry, so metric and subset tests
 * can write their expected values as arithmetic.
 *
 * <p>WFLW-98: the left eye (60-67) has corners (30,50) and (50,50), lid points at x = 35, 40,
 * 45 and y = 50 -/+ lid; the right eye (68-75) is the same 40 px to the right, corners (70,50)
 * and (90,50). So the inter-ocular distance (60-72) is 60 and each EAR is
 * {@code 3 * 2 lid / (3 * 20) = lid / 10}. The pupils 96 and 97 are (40,50) and (80,50), 40
 * apart. Every other point is (0,0) when its index is even and (120,120) when odd, so the
 * bounds of a complete face are (0,0)-(120,120).
 *
 * <p>iBUG-68: the same eyes with six points each (36-41: (30,50), (35,50-lid), (45,50-lid),
 * (50,50), (45,50+lid), (35,50+lid); 42-47 the same +40 in x), whose centroids are (40,50) and
 * (80,50); outer corners 36 and 45 are 60 apart; other points as for WFLW.
 */
public final class SyntheticFaces {

    /** A lid offset that gives EAR 0.3, an open eye. */
    public static final double OPEN = 3;
    /** A lid offset that gives EAR 0.05, a closed eye at the default threshold 0.1. */
    public static final double CLOSED = 0.5;

    private SyntheticFaces() {
    }

    /** A complete WFLW-98 face whose eyes have the given lid offsets (EAR = lid / 10). */
    public static Landmarks wflw(double leftLid, double rightLid) {
        double[] xy = background(98);
        eye8(xy, 60, 30, leftLid);
        eye8(xy, 68, 70, rightLid);
        put(xy, 96, 40, 50);
        put(xy, 97, 80, 50);
        return Landmarks.of(PointSchema.WFLW_98, xy);
    }

    /** A complete iBUG-68 face whose eyes have the given lid offsets. */
    public static Landmarks ibug(double leftLid, double rightLid) {
        double[] xy = background(68);
        eye6(xy, 36, 30, leftLid);
        eye6(xy, 42, 70, rightLid);
        return Landmarks.of(PointSchema.IBUG_68, xy);
    }

    /** A copy of {@code landmarks} with every labelled point moved by (dx, dy). */
    public static Landmarks shifted(Landmarks landmarks, double dx, double dy) {
        double[] xy = landmarks.toArray();
        for (int i = 0; i < xy.length; i += 2) {
            xy[i] += dx;
            xy[i + 1] += dy;
        }
        return Landmarks.of(landmarks.schema(), xy, landmarks.labelledMask());
    }

    /** A sample with these landmarks and nothing else (no box, pose or attribute). */
    public static FaceSample sample(Landmarks landmarks) {
        return sample(landmarks, "test");
    }

    /** A sample with these landmarks read from dataset {@code dataset}. */
    public static FaceSample sample(Landmarks landmarks, String dataset) {
        return new FaceSample(new ImageRef("face.jpg", Path.of("face.jpg")), null, landmarks, null,
                FaceAttributes.NONE, new Provenance(dataset, Path.of("list.txt"), 1, null));
    }

    private static double[] background(int points) {
        double[] xy = new double[2 * points];
        for (int i = 0; i < points; i++) {
            double v = i % 2 == 0 ? 0 : 120;
            put(xy, i, v, v);
        }
        return xy;
    }

    private static void eye8(double[] xy, int first, double left, double lid) {
        put(xy, first, left, 50);
        put(xy, first + 1, left + 5, 50 - lid);
        put(xy, first + 2, left + 10, 50 - lid);
        put(xy, first + 3, left + 15, 50 - lid);
        put(xy, first + 4, left + 20, 50);
        put(xy, first + 5, left + 15, 50 + lid);
        put(xy, first + 6, left + 10, 50 + lid);
        put(xy, first + 7, left + 5, 50 + lid);
    }

    private static void eye6(double[] xy, int first, double left, double lid) {
        put(xy, first, left, 50);
        put(xy, first + 1, left + 5, 50 - lid);
        put(xy, first + 2, left + 15, 50 - lid);
        put(xy, first + 3, left + 20, 50);
        put(xy, first + 4, left + 15, 50 + lid);
        put(xy, first + 5, left + 5, 50 + lid);
    }

    private static void put(double[] xy, int point, double x, double y) {
        xy[2 * point] = x;
        xy[2 * point + 1] = y;
    }
}
