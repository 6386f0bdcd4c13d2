package org.landmarkstudio.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.lapa.LapaFormat;
import org.landmarkstudio.core.format.mat.Lp300wFormat;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;

/** Saving datasets read from a folder with one annotation file per sample (300W-LP, LaPa). */
class FolderDatasetSaveTest {

    private static final Path SETS = Path.of("..", "sample-data", "sets");
    private static final ReadOptions NO_IMAGE_CHECK = new ReadOptions(null, false, false);

    @TempDir
    Path dir;

    @Test
    void saving300wlpRewritesOnlyTheEditedSamplesFilesAndBacksThemUp() throws IOException {
        Path root = dir.resolve("300wlp");
        Map<Path, byte[]> before = copy(SETS.resolve("300wlp"), root);
        Lp300wFormat format = new Lp300wFormat();
        Dataset dataset = format.read(root, NO_IMAGE_CHECK);
        assertTrue(dataset.problems().isEmpty(), dataset.problems().toString());
        HeadPose pose = new HeadPose(30.0, -12.5, 4.25, PoseSource.ANNOTATOR);
        try (AnnotationSession session = AnnotationSession.open(dataset, format, dir.resolve("journals"))) {
            session.apply(PoseEdit.of(0, session.sample(0).pose(), pose));
            Landmarks l = session.sample(1).landmarks();
            session.apply(LandmarksEdit.of(1, l, l.withPoint(30, 100.5, 120.75)));
            session.save();
            assertFalse(session.dirty());
        }
        Path poseFile = file(dataset.get(0));
        Path pointFile = file(dataset.get(1));
        assertOnlyChangedWithBackups(root, before, Set.of(poseFile, pointFile));
        Dataset reread = format.read(root, NO_IMAGE_CHECK);
        HeadPose saved = sampleFrom(reread, poseFile).pose();
        // Pose_Para holds radians: degrees -> radians -> degrees may move the last bit.
        assertEquals(pose.yaw(), saved.yaw(), 1e-9);
        assertEquals(pose.pitch(), saved.pitch(), 1e-9);
        assertEquals(pose.roll(), saved.roll(), 1e-9);
        assertEquals(100.5, sampleFrom(reread, pointFile).landmarks().x(30));
        assertEquals(120.75, sampleFrom(reread, pointFile).landmarks().y(30));
    }

    @Test
    void savingLapaRewritesOnlyTheEditedLandmarkFileAndBacksItUp() throws IOException {
        Path root = dir.resolve("lapa");
        Map<Path, byte[]> before = copy(SETS.resolve("lapa"), root);
        DatasetFormat format = new LapaFormat();
        Dataset dataset = format.read(root, NO_IMAGE_CHECK);
        assertTrue(dataset.problems().isEmpty(), dataset.problems().toString());
        try (AnnotationSession session = AnnotationSession.open(dataset, format, dir.resolve("journals"))) {
            Landmarks l = session.sample(5).landmarks();
            session.apply(LandmarksEdit.of(5, l, l.withPoint(104, 77.25, 88.5)));
            session.save();
        }
        Path edited = file(dataset.get(5));
        assertOnlyChangedWithBackups(root, before, Set.of(edited));
        FaceSample saved = sampleFrom(format.read(root, NO_IMAGE_CHECK), edited);
        assertEquals(77.25, saved.landmarks().x(104));
        assertEquals(88.5, saved.landmarks().y(104));
    }

    private static Path file(FaceSample sample) {
        return sample.provenance().file().toAbsolutePath().normalize();
    }

    private static FaceSample sampleFrom(Dataset dataset, Path file) {
        return dataset.samples().stream().filter(s -> file(s).equals(file)).findFirst().orElseThrow();
    }

    /** Copies every file below {@code from} to {@code to}; returns each copy's bytes by absolute path. */
    private static Map<Path, byte[]> copy(Path from, Path to) throws IOException {
        Map<Path, byte[]> copies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString()).toAbsolutePath().normalize();
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
                copies.put(copy, Files.readAllBytes(copy));
            }
        }
        return copies;
    }

    /** Only the {@code changed} files differ from {@code before}, each has a .bak of its old bytes, and nothing else appeared. */
    private static void assertOnlyChangedWithBackups(Path root, Map<Path, byte[]> before, Set<Path> changed)
            throws IOException {
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            Path path = file.getKey();
            Path bak = path.resolveSibling(path.getFileName() + ".bak");
            if (changed.contains(path)) {
                assertArrayEquals(file.getValue(), Files.readAllBytes(bak), bak.toString());
                assertFalse(Arrays.equals(file.getValue(), Files.readAllBytes(path)), path.toString());
            } else {
                assertFalse(Files.exists(bak), bak.toString());
                assertArrayEquals(file.getValue(), Files.readAllBytes(path), path.toString());
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(before.size() + changed.size(), files.filter(Files::isRegularFile).count());
        }
    }
}
