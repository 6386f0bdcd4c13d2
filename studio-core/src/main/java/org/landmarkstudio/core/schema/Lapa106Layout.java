package org.landmarkstudio.core.schema;

import static org.landmarkstudio.core.schema.PointGroup.run;

import java.util.List;

/**
 * Builds the LaPa (JD-106) schema.
 *
 * <p>Points 0-54 are WFLW's 0-54; 55-65 are eleven nose-base points of which 58-62 are WFLW's
 * five; 66-73 and 75-82 are the eyes in WFLW order with an eye centre at 74 and 83; 84-103 are
 * the lips and 104-105 the pupils (FORMATS.md §1.4). The flip is WFLW's Mirror98 carried
 * through that table, with the nose extras and eye centres swapped symmetrically.
 */
final class Lapa106Layout {

    private Lapa106Layout() {
    }

    static PointSchema create() {
        List<PointGroup> groups = List.of(
                new PointGroup("contour", Region.CONTOUR, run(0, 32), false),
                new PointGroup("left brow", Region.BROW, run(33, 41), true),
                new PointGroup("right brow", Region.BROW, run(42, 50), true),
                new PointGroup("nose bridge", Region.NOSE, run(51, 54), false),
                new PointGroup("nose base", Region.NOSE, run(55, 65), false),
                new PointGroup("left eye", Region.EYE, run(66, 73), true),
                new PointGroup("left eye centre", Region.EYE, new int[] {74}, false),
                new PointGroup("right eye", Region.EYE, run(75, 82), true),
                new PointGroup("right eye centre", Region.EYE, new int[] {83}, false),
                new PointGroup("outer lip", Region.LIPS, run(84, 95), true),
                new PointGroup("inner lip", Region.LIPS, run(96, 103), true),
                new PointGroup("left pupil", Region.PUPIL, new int[] {104}, false),
                new PointGroup("right pupil", Region.PUPIL, new int[] {105}, false));
        return new PointSchema("lapa106", "LaPa 106", 106, groups, flip(),
                new EyeContour(run(66, 73)), new EyeContour(run(75, 82)), new int[] {104, 105});
    }

    private static int[] flip() {
        int[] toLapa = LapaWflwTable.WFLW_TO_LAPA;
        int[] flip = new int[106];
        for (int w = 0; w < 98; w++) {
            flip[toLapa[w]] = toLapa[Wflw98Layout.MIRROR[w]];
        }
        int[][] extraPairs = {{55, 65}, {56, 64}, {57, 63}, {74, 83}};
        for (int[] pair : extraPairs) {
            flip[pair[0]] = pair[1];
            flip[pair[1]] = pair[0];
        }
        return flip;
    }
}
