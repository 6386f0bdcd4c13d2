package org.landmarkstudio.core.format.mat;

import java.util.Arrays;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.Matrix;

/**
 * A MAT variable that holds 68 landmarks, with the shape and orientation its dataset uses, so
 * that readers and writers index every layout the same way.
 */
enum LandmarkVariable {

    /** 300W-LP {@code <name>.mat}: 2x68, row 0 = x, row 1 = y. */
    PT2D("pt2d", 2, true),
    /** AFLW2000-3D {@code <name>.mat}: 3x68, rows x, y, z; the studio uses x and y. */
    PT3D_68("pt3d_68", 3, true),
    /** 300W-LP {@code landmarks/<subset>/<name>_pts.mat}: 68x2, column 0 = x, column 1 = y. */
    PTS_2D("pts_2d", 2, false);

    /** Points per variable: the iBUG-68 layout. */
    static final int POINTS = 68;

    private final String variable;
    private final int coordinates;
    private final boolean pointsInColumns;

    LandmarkVariable(String variable, int coordinates, boolean pointsInColumns) {
        this.variable = variable;
        this.coordinates = coordinates;
        this.pointsInColumns = pointsInColumns;
    }

    /** The variable's name in the file. */
    String variable() {
        return variable;
    }

    /** The dimensions the variable must have. */
    int[] dimensions() {
        return pointsInColumns ? new int[] {coordinates, POINTS} : new int[] {POINTS, coordinates};
    }

    /** The expected shape and layout, for problem messages. */
    String expectation() {
        String layout = pointsInColumns ? "one column per point, rows x, y" + (coordinates == 3 ? ", z" : "")
                : "one row per point, columns x, y";
        int[] dims = dimensions();
        return "a numeric " + dims[0] + "x" + dims[1] + " matrix (" + layout + ")";
    }

    /** Whether {@code array} is a real numeric matrix of this variable's shape. */
    boolean fits(Array array) {
        return array instanceof Matrix matrix && !matrix.isComplex()
                && Arrays.equals(array.getDimensions(), dimensions());
    }

    /** The column-major index of {@code axis} (0 = x, 1 = y, 2 = z) of point {@code point}. */
    int index(int point, int axis) {
        return pointsInColumns ? axis + coordinates * point : point + POINTS * axis;
    }

    /** Number of values per point in the file (2, or 3 with z). */
    int coordinates() {
        return coordinates;
    }
}
