package org.landmarkstudio.core.schema;

import static org.landmarkstudio.core.schema.PointGroup.run;

import java.util.List;

/** Builds the WFLW 98-point schema (layout of FORMATS.md §1.1, flip of Mirror98.txt). */
final class Wflw98Layout {

    /** Mirror98.txt: new point i takes old point MIRROR[i] after the x flip. */
    static final int[] MIRROR = {
        32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4,
        3, 2, 1, 0, 46, 45, 44, 43, 42, 50, 49, 48, 47, 37, 36, 35, 34, 33, 41, 40, 39, 38, 51, 52, 53, 54, 59, 58,
        57, 56, 55, 72, 71, 70, 69, 68, 75, 74, 73, 64, 63, 62, 61, 60, 67, 66, 65, 82, 81, 80, 79, 78, 77, 76, 87,
        86, 85, 84, 83, 92, 91, 90, 89, 88, 95, 94, 93, 97, 96};

    private Wflw98Layout() {
    }

    static PointSchema create() {
        List<PointGroup> groups = List.of(
                new PointGroup("contour", Region.CONTOUR, run(0, 32), false),
                new PointGroup("left brow", Region.BROW, run(33, 41), true),
                new PointGroup("right brow", Region.BROW, run(42, 50), true),
                new PointGroup("nose bridge", Region.NOSE, run(51, 54), false),
                new PointGroup("nose base", Region.NOSE, run(55, 59), false),
                new PointGroup("left eye", Region.EYE, run(60, 67), true),
                new PointGroup("right eye", Region.EYE, run(68, 75), true),
                new PointGroup("outer lip", Region.LIPS, run(76, 87), true),
                new PointGroup("inner lip", Region.LIPS, run(88, 95), true),
                new PointGroup("left pupil", Region.PUPIL, new int[] {96}, false),
                new PointGroup("right pupil", Region.PUPIL, new int[] {97}, false));
        return new PointSchema("wflw98", "WFLW 98", 98, groups, MIRROR,
                new EyeContour(run(60, 67)), new EyeContour(run(68, 75)), new int[] {96, 97});
    }
}
