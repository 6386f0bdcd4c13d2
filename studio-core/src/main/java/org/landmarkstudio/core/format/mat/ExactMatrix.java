package org.landmarkstudio.core.format.mat;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Builds the replacement for a changed MAT variable in the numeric class the file used when
 * that class holds every new value exactly, and in double otherwise.
 *
 * <p>AFLW2000-3D stores {@code pt3d_68} and {@code Pose_Para} as single precision. Keeping the
 * class keeps the file as its authors made it; promoting to double when an edit is not
 * representable keeps the edit exact instead of silently rounding it.
 */
final class ExactMatrix {

    private ExactMatrix() {
    }

    /**
     * A matrix of {@code dimensions} holding {@code values} (column-major), in {@code preferred}
     * when it holds them all bit for bit, else in double.
     */
    static Matrix of(MatlabType preferred, int[] dimensions, double[] values) {
        if (preferred != MatlabType.Double) {
            Matrix candidate = filled(Mat5.newMatrix(dimensions, preferred), values);
            if (holds(candidate, values)) {
                return candidate;
            }
        }
        return filled(Mat5.newMatrix(dimensions, MatlabType.Double), values);
    }

    private static Matrix filled(Matrix matrix, double[] values) {
        for (int i = 0; i < values.length; i++) {
            matrix.setDouble(i, values[i]);
        }
        return matrix;
    }

    private static boolean holds(Matrix matrix, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.compare(matrix.getDouble(i), values[i]) != 0) {
                return false;
            }
        }
        return true;
    }
}
