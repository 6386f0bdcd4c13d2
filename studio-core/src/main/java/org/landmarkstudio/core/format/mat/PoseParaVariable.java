package org.landmarkstudio.core.format.mat;

import java.util.Optional;
import org.landmarkstudio.core.sample.HeadPose;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Reads and replaces the {@code Pose_Para} variable of a .mat file, so that a pose is written
 * back only when it really changed and keeps the file's translation, scale and number class.
 */
final class PoseParaVariable {

    /** The expected shape, for problem messages. */
    static final String EXPECTATION = "a numeric 1x7 vector [pitch, yaw, roll (radians), tx, ty, tz, scale]";

    private PoseParaVariable() {
    }

    /** Whether {@code array} is a real numeric vector of seven values. */
    static boolean fits(Array array) {
        int[] dims = array.getDimensions();
        return array instanceof Matrix matrix && !matrix.isComplex() && dims.length == 2
                && (dims[0] == 1 || dims[1] == 1) && array.getNumElements() == PoseParameters.LENGTH;
    }

    /** The parameters of a vector that {@link #fits}. */
    static PoseParameters parse(Matrix matrix) {
        double[] values = new double[PoseParameters.LENGTH];
        for (int i = 0; i < values.length; i++) {
            values[i] = matrix.getDouble(i);
        }
        return PoseParameters.of(values);
    }

    /**
     * The variable to write for {@code pose} given the file's {@code original}, or empty when
     * the original is to be kept: when {@code pose} is null (a pose that could not be read never
     * deletes the variable) or has exactly the original's angles.
     */
    static Optional<Matrix> replacement(Optional<Array> original, HeadPose pose) {
        if (pose == null) {
            return Optional.empty();
        }
        if (original.isEmpty() || !fits(original.get())) {
            return Optional.of(fresh(pose));
        }
        Matrix matrix = (Matrix) original.get();
        PoseParameters parameters = parse(matrix);
        if (parameters.hasAnglesOf(pose)) {
            return Optional.empty();
        }
        return Optional.of(ExactMatrix.of(matrix.getType(), matrix.getDimensions(),
                parameters.withAngles(pose).values()));
    }

    /** A new 1x7 double vector for a pose with no 3DMM fit (translation and scale 0). */
    static Matrix fresh(HeadPose pose) {
        return ExactMatrix.of(MatlabType.Double, new int[] {1, PoseParameters.LENGTH}, PoseParameters.of(pose).values());
    }
}
