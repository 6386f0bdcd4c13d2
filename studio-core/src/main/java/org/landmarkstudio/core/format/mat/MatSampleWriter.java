package org.landmarkstudio.core.format.mat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sink;
import us.hebi.matlab.mat.types.Sinks;

/**
 * Writes the .mat file(s) of one sample, atomically: a sample read from a .mat as a copy of
 * that file with only the changed variables replaced, any other sample as a new file with the
 * landmark variable and, when it has a pose, {@code Pose_Para}.
 *
 * <p>A file with no changed variable is copied byte for byte (header text included); a
 * changed file is re-encoded by mfl with every other variable passed through unchanged (same
 * class, same dimensions, same values, same order).
 */
final class MatSampleWriter {

    private final LandmarkVariable convertedVariable;

    /** A writer that puts the landmarks of converted samples in {@code convertedVariable}. */
    MatSampleWriter(LandmarkVariable convertedVariable) {
        this.convertedVariable = convertedVariable;
    }

    /**
     * Writes a sample read from {@code origin}: its .mat to {@code outMat} and, when its
     * landmarks came from a sidecar, that sidecar to {@code outLandmarks}.
     */
    void writeRead(FaceSample sample, SampleSource origin, Path outMat, Path outLandmarks) throws IOException {
        Landmarks landmarks = in68(sample.landmarks());
        try (MatContents main = open(origin.mat())) {
            Optional<Matrix> pose = PoseParaVariable.replacement(main.variable(PoseParameters.VARIABLE), sample.pose());
            if (origin.landmarksInMat()) {
                Map<String, Array> changes = landmarkChanges(main, origin.variable(), landmarks);
                pose.ifPresent(p -> changes.put(PoseParameters.VARIABLE, p));
                save(main, changes, outMat);
                return;
            }
            try (MatContents sidecar = open(origin.landmarkFile())) {
                Map<String, Array> poseChanges = new LinkedHashMap<>();
                pose.ifPresent(p -> poseChanges.put(PoseParameters.VARIABLE, p));
                save(main, poseChanges, outMat);
                save(sidecar, landmarkChanges(sidecar, origin.variable(), landmarks), outLandmarks);
            }
        }
    }

    /** Writes a sample from another format as a new .mat at {@code outMat}. */
    void writeConverted(FaceSample sample, Path outMat) throws IOException {
        Mat5File file = new StudioMatFile();
        file.addArray(convertedVariable.variable(), LandmarkMatrix.fresh(convertedVariable, in68(sample.landmarks())));
        if (sample.pose() != null) {
            file.addArray(PoseParameters.VARIABLE, PoseParaVariable.fresh(sample.pose()));
        }
        encode(file, outMat);
    }

    /** Copies {@code from} to {@code to} atomically, unless they are the same file. */
    static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to) && Files.isSameFile(from, to)) {
            return;
        }
        AtomicFileWriter.write(to, out -> Files.copy(from, out));
    }

    private static Landmarks in68(Landmarks landmarks) {
        return SchemaMapping.between(landmarks.schema(), PointSchema.IBUG_68).apply(landmarks);
    }

    private static MatContents open(Path file) throws DatasetException {
        try {
            return MatContents.load(file);
        } catch (UnreadableMatException e) {
            throw new DatasetException(Problem.ofFile(file, e.getMessage()
                    + "; the writer needs the original file to keep its other variables"));
        }
    }

    private static Map<String, Array> landmarkChanges(MatContents file, LandmarkVariable variable, Landmarks landmarks)
            throws DatasetException {
        Array original = file.variable(variable.variable()).filter(variable::fits).orElseThrow(() ->
                new DatasetException(Problem.atVariable(file.file(), variable.variable(),
                        "changed on disk since it was read; expected " + variable.expectation())));
        Map<String, Array> changes = new LinkedHashMap<>();
        Matrix merged = LandmarkMatrix.merge(variable, (Matrix) original, landmarks);
        if (merged != original) {
            changes.put(variable.variable(), merged);
        }
        return changes;
    }

    private static void save(MatContents original, Map<String, Array> changes, Path target) throws IOException {
        if (changes.isEmpty()) {
            copy(original.file(), target);
            return;
        }
        Mat5File file = new StudioMatFile();
        Set<String> kept = new HashSet<>();
        for (MatFile.Entry entry : original.entries()) {
            file.addArray(entry.getName(), entry.isGlobal(), changes.getOrDefault(entry.getName(), entry.getValue()));
            kept.add(entry.getName());
        }
        for (Map.Entry<String, Array> added : changes.entrySet()) {
            if (!kept.contains(added.getKey())) {
                file.addArray(added.getKey(), added.getValue());
            }
        }
        encode(file, target);
    }

    private static void encode(MatFile file, Path target) throws IOException {
        // mfl's compressed writer seeks back to patch sizes, so it writes to a buffer; deflate
        // output stays far below twice the raw size plus the header and tags.
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(2 * file.getUncompressedSerializedSize() + 4096))
                .order(Mat5.DEFAULT_ORDER);
        try (Sink sink = Sinks.wrap(buffer)) {
            file.writeTo(sink);
        }
        AtomicFileWriter.write(target, out -> out.write(buffer.array(), 0, buffer.position()));
    }
}
