package org.landmarkstudio.core.schema;

import static org.landmarkstudio.core.schema.PointGroup.concat;
import static org.landmarkstudio.core.schema.PointGroup.run;

import java.util.List;

/** Builds the iBUG 68-point schema (300-W markup; flip from FORMATS.md §1.2). */
final class Ibug68Layout {

    private Ibug68Layout() {
    }

    static PointSchema create() {
        List<PointGroup> groups = List.of(
                new PointGroup("jaw", Region.CONTOUR, run(0, 16), false),
                new PointGroup("left brow", Region.BROW, run(17, 21), false),
                new PointGroup("right brow", Region.BROW, run(22, 26), false),
                new PointGroup("nose bridge", Region.NOSE, run(27, 30), false),
                new PointGroup("nose base", Region.NOSE, run(31, 35), false),
                new PointGroup("left eye", Region.EYE, run(36, 41), true),
                new PointGroup("right eye", Region.EYE, run(42, 47), true),
                new PointGroup("outer lip", Region.LIPS, run(48, 59), true),
                new PointGroup("inner lip", Region.LIPS, run(60, 67), true));
        int[] flip = concat(run(16, 0), run(26, 17), run(27, 30), run(35, 31),
                run(45, 42), new int[] {47, 46}, run(39, 36), new int[] {41, 40},
                run(54, 48), run(59, 55), run(64, 60), run(67, 65));
        return new PointSchema("ibug68", "iBUG 68", 68, groups, flip,
                new EyeContour(run(36, 41)), new EyeContour(run(42, 47)), null);
    }
}
