package org.landmarkstudio.core.format.mat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Translates between a 68-point landmark matrix of a .mat file and {@link Landmarks}, with the
 * studio's convention for points that carry no label.
 *
 * <p>A point whose x and y are both exactly {@value #UNLABELLED} is unlabelled: it is how
 * AFLW's own 21-point {@code pt2d} marks missing points, and 68-point files have no other
 * convention. A point with a non-finite coordinate is unlabelled too; the reader reports it.
 * Writing an unlabelled point keeps whatever unlabelled marker the original file had (NaN
 * stays NaN), so only real changes alter the file.
 */
final class LandmarkMatrix {

    /** The value both coordinates of an unlabelled point hold. */
    static final double UNLABELLED = -1;

    /**
     * Landmarks read from a matrix.
     *
     * @param landmarks       the 68 points
     * @param nonFinitePoints indices of points that had a NaN or infinite coordinate
     */
    record Decoded(Landmarks landmarks, List<Integer> nonFinitePoints) {
    }

    private LandmarkMatrix() {
    }

    /** Reads the points of {@code matrix}, which must fit {@code variable}. */
    static Decoded decode(LandmarkVariable variable, Matrix matrix) {
        double[] xy = new double[2 * LandmarkVariable.POINTS];
        BitSet labelled = new BitSet(LandmarkVariable.POINTS);
        List<Integer> nonFinite = new ArrayList<>();
        for (int p = 0; p < LandmarkVariable.POINTS; p++) {
            double x = matrix.getDouble(variable.index(p, 0));
            double y = matrix.getDouble(variable.index(p, 1));
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                nonFinite.add(p);
            } else if (!isMarker(x, y)) {
                xy[2 * p] = x;
                xy[2 * p + 1] = y;
                labelled.set(p);
            }
        }
        return new Decoded(Landmarks.of(PointSchema.IBUG_68, xy, labelled), List.copyOf(nonFinite));
    }

    /**
     * The matrix to write in place of {@code original}: {@code original} itself when every
     * value would stay the same, else a copy with the points of {@code landmarks} (68 points)
     * in it. Values that are not x or y (the z row of {@code pt3d_68}) are kept.
     */
    static Matrix merge(LandmarkVariable variable, Matrix original, Landmarks landmarks) {
        double[] values = new double[original.getNumElements()];
        for (int i = 0; i < values.length; i++) {
            values[i] = original.getDouble(i);
        }
        for (int p = 0; p < LandmarkVariable.POINTS; p++) {
            int ix = variable.index(p, 0);
            int iy = variable.index(p, 1);
            if (landmarks.isLabelled(p)) {
                values[ix] = landmarks.x(p);
                values[iy] = landmarks.y(p);
            } else if (!meansUnlabelled(values[ix], values[iy])) {
                values[ix] = UNLABELLED;
                values[iy] = UNLABELLED;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.compare(values[i], original.getDouble(i)) != 0) {
                return ExactMatrix.of(original.getType(), original.getDimensions(), values);
            }
        }
        return original;
    }

    /** A new double matrix for {@code variable} holding {@code landmarks} (68 points); z is 0. */
    static Matrix fresh(LandmarkVariable variable, Landmarks landmarks) {
        int[] dims = variable.dimensions();
        double[] values = new double[dims[0] * dims[1]];
        for (int p = 0; p < LandmarkVariable.POINTS; p++) {
            boolean on = landmarks.isLabelled(p);
            values[variable.index(p, 0)] = on ? landmarks.x(p) : UNLABELLED;
            values[variable.index(p, 1)] = on ? landmarks.y(p) : UNLABELLED;
        }
        return ExactMatrix.of(MatlabType.Double, dims, values);
    }

    private static boolean meansUnlabelled(double x, double y) {
        return !Double.isFinite(x) || !Double.isFinite(y) || isMarker(x, y);
    }

    private static boolean isMarker(double x, double y) {
        return x == UNLABELLED && y == UNLABELLED;
    }
}
