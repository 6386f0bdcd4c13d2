package org.landmarkstudio.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.mat.Lp300wFormat;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;

class FolderDatasetSaveTest {

    private static final Path SET = Path.of("..", "sample-data", "sets", "300wlp", "synthetic");
    private static final ReadOptions NO_IMAGE_CHECK = new ReadOptions(null, false, false);

    @TempDir
    Path dir;

    @Test
    void savingAFolderDatasetRewritesOnlyTheEditedSamplesFilesAndBacksThemUp() throws IOException {
        Path root = dir.resolve("300wlp");
        Map<Path, byte[]> before = new TreeMap<>();
        try (var files = Files.list(SET)) {
            for (Path file : files.toList()) {
                Path copy = root.resolve("synthetic").resolve(file.getFileName().toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
                before.put(copy, Files.readAllBytes(copy));
            }
        }
        Lp300wFormat format = new Lp300wFormat();
        Dataset dataset = format.read(root, NO_IMAGE_CHECK);
        assertTrue(dataset.problems().isEmpty(), dataset.problems().toString());
        HeadPose pose = new HeadPose(30.0, -12.5, 4.25, PoseSource.ANNOTATOR);
        Path poseFile;
        Path pointFile;
        try (AnnotationSession session = AnnotationSession.open(dataset, format, dir.resolve("journals"))) {
            FaceSample first = session.sample(0);
            session.apply(PoseEdit.of(0, first.pose(), pose));
            Landmarks l = session.sample(1).landmarks();
            session.apply(LandmarksEdit.of(1, l, l.withPoint(30, 100.5, 120.75)));
            poseFile = first.provenance().file().toAbsolutePath().normalize();
            pointFile = session.sample(1).provenance().file().toAbsolutePath().normalize();
            session.save();
            assertFalse(session.dirty());
        }

        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            Path path = file.getKey().toAbsolutePath().normalize();
            Path bak = path.resolveSibling(path.getFileName() + ".bak");
            if (path.equals(poseFile) || path.equals(pointFile)) {
                assertArrayEquals(file.getValue(), Files.readAllBytes(bak), bak.toString());
                assertFalse(Arrays.equals(file.getValue(), Files.readAllBytes(path)), path.toString());
            } else {
                assertFalse(Files.exists(bak), bak.toString());
                assertArrayEquals(file.getValue(), Files.readAllBytes(path), path.toString());
            }
        }
        Dataset reread = format.read(root, NO_IMAGE_CHECK);
        List<FaceSample> samples = reread.samples();
        FaceSample posed = samples.stream().filter(s -> s.provenance().file().toAbsolutePath().normalize()
                .equals(poseFile)).findFirst().orElseThrow();
        // Pose_Para holds radians: degrees -> radians -> degrees may move the last bit.
        assertEquals(pose.yaw(), posed.pose().yaw(), 1e-9);
        assertEquals(pose.pitch(), posed.pose().pitch(), 1e-9);
        assertEquals(pose.roll(), posed.pose().roll(), 1e-9);
        FaceSample moved = samples.stream().filter(s -> s.provenance().file().toAbsolutePath().normalize()
                .equals(pointFile)).findFirst().orElseThrow();
        assertEquals(100.5, moved.landmarks().x(30));
        assertEquals(120.75, moved.landmarks().y(30));
    }
}
