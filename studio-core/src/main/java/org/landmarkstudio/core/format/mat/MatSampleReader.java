package org.landmarkstudio.core.format.mat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Reads one sample from its .mat file(s), reporting each defect as a problem that names the
 * file and variable: unreadable files and unusable landmarks skip the sample; a missing or
 * unusable {@code Pose_Para}, non-finite points and a missing image only warn.
 */
final class MatSampleReader {

    private final ProblemSink sink;
    private final boolean checkImages;

    MatSampleReader(ProblemSink sink, boolean checkImages) {
        this.sink = sink;
        this.checkImages = checkImages;
    }

    /** The sample of {@code source}, or empty when it had to be skipped. */
    Optional<FaceSample> read(SampleSource source) throws DatasetException {
        try (MatContents main = load(source.mat())) {
            if (main == null) {
                return Optional.empty();
            }
            if (source.landmarksInMat()) {
                return assemble(source, main, main);
            }
            try (MatContents sidecar = load(source.landmarkFile())) {
                return sidecar == null ? Optional.empty() : assemble(source, main, sidecar);
            }
        }
    }

    private Optional<FaceSample> assemble(SampleSource source, MatContents main, MatContents landmarkFile)
            throws DatasetException {
        Optional<Landmarks> landmarks = landmarks(landmarkFile, source.variable());
        if (landmarks.isEmpty()) {
            return Optional.empty();
        }
        HeadPose pose = pose(main);
        checkImage(source);
        return Optional.of(new FaceSample(source.image(), null, landmarks.get(), pose, FaceAttributes.NONE,
                source.provenance()));
    }

    /** The contents of {@code file}, or null after reporting why the sample is skipped. */
    private MatContents load(Path file) throws DatasetException {
        try {
            return MatContents.load(file);
        } catch (UnreadableMatException e) {
            sink.skip(Problem.ofFile(file, e.getMessage()));
            return null;
        }
    }

    private Optional<Landmarks> landmarks(MatContents file, LandmarkVariable variable) throws DatasetException {
        Optional<Array> array = file.variable(variable.variable());
        if (array.isEmpty()) {
            sink.skip(Problem.atVariable(file.file(), variable.variable(),
                    "missing; expected " + variable.expectation() + " of landmarks"));
            return Optional.empty();
        }
        if (!variable.fits(array.get())) {
            sink.skip(Problem.atVariable(file.file(), variable.variable(), "expected " + variable.expectation()
                    + ", found " + MatContents.describe(array.get())));
            return Optional.empty();
        }
        LandmarkMatrix.Decoded decoded = LandmarkMatrix.decode(variable, (Matrix) array.get());
        if (!decoded.nonFinitePoints().isEmpty()) {
            sink.warn(Problem.atVariable(file.file(), variable.variable(), "NaN or infinite coordinates at points "
                    + decoded.nonFinitePoints() + " (0-based); expected finite pixel coordinates, "
                    + "so those points load as unlabelled"));
        }
        return Optional.of(decoded.landmarks());
    }

    private HeadPose pose(MatContents file) throws DatasetException {
        String name = PoseParameters.VARIABLE;
        Optional<Array> array = file.variable(name);
        if (array.isEmpty()) {
            sink.warn(Problem.atVariable(file.file(), name,
                    "missing; expected " + PoseParaVariable.EXPECTATION + "; the sample loads without a pose"));
            return null;
        }
        if (!PoseParaVariable.fits(array.get())) {
            sink.warn(Problem.atVariable(file.file(), name, "expected " + PoseParaVariable.EXPECTATION + ", found "
                    + MatContents.describe(array.get()) + "; the sample loads without a pose"));
            return null;
        }
        PoseParameters parameters = PoseParaVariable.parse((Matrix) array.get());
        if (!parameters.hasFiniteAngles()) {
            sink.warn(Problem.atVariable(file.file(), name, "NaN or infinite angle in (pitch, yaw, roll) = ("
                    + parameters.pitch() + ", " + parameters.yaw() + ", " + parameters.roll()
                    + "); expected finite radians; the sample loads without a pose"));
            return null;
        }
        return parameters.toHeadPose();
    }

    private void checkImage(SampleSource source) throws DatasetException {
        if (checkImages && !Files.isRegularFile(source.image().resolved())) {
            sink.warn(Problem.ofFile(source.mat(), "its image " + source.image().resolved()
                    + " does not exist; expected " + MatFolderScan.IMAGE_EXTENSIONS
                    + " image with the same name"));
        }
    }
}
