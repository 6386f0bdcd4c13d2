package org.landmarkstudio.core.format.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.core.testing.Fixtures;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

class Lp300wFormatTest {

    private static final Path ROOT = Fixtures.real("300wlp_face3d").toAbsolutePath().normalize();
    private static final Path MAT = ROOT.resolve("IBUG/IBUG_image_008_1_0.mat");
    private static final String WRITTEN = "IBUG/IBUG_image_008_1_0.jpg";

    // python3 + scipy 1.17: m = scipy.io.loadmat(MAT); p = m['pt2d'].astype(np.float64);
    // rows {point, p[0, point], p[1, point]} for points 0, 30, 67 (repr of the float64 values)
    private static final double[][] PT2D = {
        {0, 136.7025093003413, 240.11450708191128},
        {30, 299.1571744027304, 282.8098566552901},
        {67, 268.41541058020476, 332.9845471843003},
    };
    // python3 + scipy 1.17: P = m['Pose_Para'].astype(np.float64)[0];
    // np.degrees(P[1]), np.degrees(P[0]), np.degrees(P[2]) = yaw, pitch, roll
    private static final double YAW = -44.00865052063051;
    private static final double PITCH = -7.583607700562994;
    private static final double ROLL = 3.207636553590524;

    private final Lp300wFormat format = new Lp300wFormat();

    @Test
    void readsTheRealSampleWithItsPoseInDegrees() throws IOException {
        Dataset dataset = format.read(ROOT, ReadOptions.DEFAULT);

        assertEquals("300wlp", dataset.format());
        assertEquals(PointSchema.IBUG_68, dataset.schema());
        assertEquals(1, dataset.size());
        assertEquals(List.of(), dataset.problems());
        assertEquals(0, dataset.skipped());
        FaceSample sample = dataset.get(0);
        assertEquals(WRITTEN, sample.image().written());
        assertEquals(ROOT.resolve(WRITTEN), sample.image().resolved());
        assertNull(sample.box());
        assertEquals(new Provenance("300w-lp/IBUG", MAT, 0, null), sample.provenance());
        assertEquals(68, sample.landmarks().labelledCount());
        for (double[] point : PT2D) {
            assertEquals(point[1], sample.landmarks().x((int) point[0]), 1e-9);
            assertEquals(point[2], sample.landmarks().y((int) point[0]), 1e-9);
        }
        assertEquals(YAW, sample.pose().yaw(), 1e-9);
        assertEquals(PITCH, sample.pose().pitch(), 1e-9);
        assertEquals(ROLL, sample.pose().roll(), 1e-9);
        assertEquals(PoseSource.POSE_PARA, sample.pose().source());
    }

    @Test
    void sniffsByTheVariablesOfOneFile() throws IOException {
        assertTrue(format.sniff(ROOT));
        assertTrue(format.sniff(MAT));
        assertFalse(format.sniff(Fixtures.real("prnet_aflw2000/AFLW2000")));
        assertFalse(format.sniff(Fixtures.real("wflw")));
        assertFalse(new Aflw2000Format().sniff(ROOT));
    }

    @Test
    void aSingleFileIsAOneSampleDatasetAndImageRootMovesTheImages(@TempDir Path elsewhere) throws IOException {
        Dataset single = format.read(MAT, ReadOptions.DEFAULT);
        assertEquals(1, single.size());
        assertEquals("IBUG_image_008_1_0.jpg", single.get(0).image().written());
        assertEquals("300w-lp/IBUG", single.get(0).provenance().dataset());

        Dataset moved = format.read(ROOT, ReadOptions.DEFAULT.withImageRoot(elsewhere));
        assertEquals(WRITTEN, moved.get(0).image().written());
        assertEquals(elsewhere.resolve(WRITTEN), moved.get(0).image().resolved());
        Problem missing = moved.problems().get(0);
        assertEquals(MAT, missing.file());
        assertTrue(missing.message().contains(elsewhere.resolve(WRITTEN).toString()), missing.message());
    }

    @Test
    void anUnchangedRoundTripCopiesTheFileByteForByte(@TempDir Path out) throws IOException {
        Dataset dataset = format.read(ROOT, ReadOptions.DEFAULT);
        format.write(dataset, out);

        assertArrayEquals(Files.readAllBytes(MAT), Files.readAllBytes(out.resolve("IBUG/IBUG_image_008_1_0.mat")));
        assertArrayEquals(Files.readAllBytes(ROOT.resolve(WRITTEN)), Files.readAllBytes(out.resolve(WRITTEN)));
        Dataset back = format.read(out, ReadOptions.DEFAULT);
        assertEquals(List.of(), back.problems());
        assertEquals(dataset.get(0).landmarks(), back.get(0).landmarks());
        assertEquals(dataset.get(0).pose(), back.get(0).pose());
        assertEquals(WRITTEN, back.get(0).image().written());
    }

    @Test
    void anEditedPointSurvivesAndEverythingElseStaysBitIdentical(@TempDir Path out) throws IOException {
        Dataset dataset = format.read(ROOT, ReadOptions.DEFAULT);
        Landmarks original = dataset.get(0).landmarks();
        Landmarks edited = original.withPoint(30, 301.0625, 283.3);
        format.write(dataset.with(0, dataset.get(0).withLandmarks(edited)), out);

        Path written = out.resolve("IBUG/IBUG_image_008_1_0.mat");
        Landmarks back = format.read(out, ReadOptions.DEFAULT).get(0).landmarks();
        assertEquals(301.0625, back.x(30));
        assertEquals(283.3, back.y(30));
        for (int i = 0; i < 68; i++) {
            if (i != 30) {
                assertEquals(Double.doubleToRawLongBits(original.x(i)), Double.doubleToRawLongBits(back.x(i)));
                assertEquals(Double.doubleToRawLongBits(original.y(i)), Double.doubleToRawLongBits(back.y(i)));
            }
        }
        assertEquals(MatTestFiles.names(MAT), MatTestFiles.names(written));
        for (String name : MatTestFiles.names(MAT)) {
            if (!name.equals("pt2d")) {
                MatTestFiles.assertSameVariable(MAT, written, name);
            }
        }
    }

    @Test
    void anEditedPoseIsWrittenInRadiansKeepingTranslationAndScale(@TempDir Path out) throws IOException {
        Dataset dataset = format.read(ROOT, ReadOptions.DEFAULT);
        HeadPose original = dataset.get(0).pose();
        HeadPose edited = new HeadPose(30, original.pitch(), original.roll(), PoseSource.ANNOTATOR);
        format.write(dataset.with(0, dataset.get(0).withPose(edited)), out);

        Path written = out.resolve("IBUG/IBUG_image_008_1_0.mat");
        HeadPose back = format.read(out, ReadOptions.DEFAULT).get(0).pose();
        assertEquals(30, back.yaw(), 1e-12);
        assertEquals(original.pitch(), back.pitch());
        assertEquals(original.roll(), back.roll());
        Matrix before = MatTestFiles.matrix(MAT, "Pose_Para");
        Matrix after = MatTestFiles.matrix(written, "Pose_Para");
        assertEquals(MatlabType.Single, before.getType());
        assertEquals(MatlabType.Double, after.getType(), "30 degrees in radians is not a float: promoted, not rounded");
        assertEquals(Math.toRadians(30), after.getDouble(1));
        for (int i : new int[] {0, 2, 3, 4, 5, 6}) {
            assertEquals(before.getDouble(i), after.getDouble(i), "Pose_Para[" + i + "]");
        }
        MatTestFiles.assertSameVariable(MAT, written, "pt2d");
        MatTestFiles.assertSameVariable(MAT, written, "Shape_Para");
    }

    @Test
    void theSidecarPts2dIsPreferredAndEditsGoBackToIt(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("300W_LP");
        MatTestFiles.copyPair(MAT, root.resolve("IBUG"), "IBUG_image_008_1_0");
        Matrix pt2d = MatTestFiles.matrix(MAT, "pt2d");
        Matrix pts2d = Mat5.newMatrix(68, 2);
        Matrix pts3d = Mat5.newMatrix(68, 2);
        for (int p = 0; p < 68; p++) {
            pts2d.setDouble(p, 0, pt2d.getDouble(0, p) + 0.5);
            pts2d.setDouble(p, 1, pt2d.getDouble(1, p) - 0.25);
            pts3d.setDouble(p, 0, pt2d.getDouble(0, p) + 1);
            pts3d.setDouble(p, 1, pt2d.getDouble(1, p) + 1);
        }
        Path sidecar = root.resolve("landmarks/IBUG/IBUG_image_008_1_0_pts.mat");
        Files.createDirectories(sidecar.getParent());
        MatFile sidecarFile = Mat5.newMatFile().addArray("pts_2d", pts2d).addArray("pts_3d", pts3d);
        Mat5.writeToFile(sidecarFile, sidecar.toFile());

        Dataset dataset = format.read(root, ReadOptions.DEFAULT);
        assertEquals(List.of(), dataset.problems());
        assertEquals(1, dataset.size(), "the landmarks folder is not a sample source");
        FaceSample sample = dataset.get(0);
        assertEquals("300w-lp/IBUG/pts_2d", sample.provenance().dataset());
        assertEquals(pt2d.getDouble(0, 7) + 0.5, sample.landmarks().x(7));
        assertEquals(pt2d.getDouble(1, 7) - 0.25, sample.landmarks().y(7));

        Path out = tmp.resolve("out");
        Landmarks edited = sample.landmarks().withPoint(5, 150.5, 250.75);
        format.write(dataset.with(0, sample.withLandmarks(edited)), out);
        assertArrayEquals(Files.readAllBytes(MAT), Files.readAllBytes(out.resolve("IBUG/IBUG_image_008_1_0.mat")),
                "pt2d and Pose_Para unchanged: the main .mat is copied");
        Path outSidecar = out.resolve("landmarks/IBUG/IBUG_image_008_1_0_pts.mat");
        assertEquals(150.5, MatTestFiles.matrix(outSidecar, "pts_2d").getDouble(5, 0));
        assertEquals(250.75, MatTestFiles.matrix(outSidecar, "pts_2d").getDouble(5, 1));
        MatTestFiles.assertSameVariable(sidecar, outSidecar, "pts_3d");
        assertEquals(edited, format.read(out, ReadOptions.DEFAULT).get(0).landmarks());

        Dataset subsetOnly = format.read(root.resolve("IBUG"), ReadOptions.DEFAULT);
        assertEquals("300w-lp/IBUG", subsetOnly.get(0).provenance().dataset());
        assertEquals(pt2d.getDouble(0, 7), subsetOnly.get(0).landmarks().x(7));
        Problem outside = subsetOnly.problems().get(0);
        assertEquals("pt2d", outside.location());
        assertTrue(outside.message().contains("pts_2d"), outside.message());
    }

    @Test
    void wflwSamplesConvertToThe68MappedPointsWithUnlabelledPointsAsMinusOne(@TempDir Path out) throws IOException {
        String written = "12--Group/12_Group_Group_12_Group_Group_12_12.jpg";
        Path image = Fixtures.real("wflw/WFLW_images/" + written);
        double[] xy = new double[2 * 98];
        for (int i = 0; i < 98; i++) {
            xy[2 * i] = 300 + i * 1.25;
            xy[2 * i + 1] = 200.1 + i * 0.75;
        }
        BitSet labelled = new BitSet();
        labelled.set(0, 98);
        labelled.clear(0);
        labelled.clear(60);
        Landmarks wflw = Landmarks.of(PointSchema.WFLW_98, xy, labelled);
        Provenance provenance = new Provenance("wflw", null, 0, null);
        FaceSample withPose = new FaceSample(new ImageRef(written, image), new Box(290, 190, 430, 290), wflw,
                new HeadPose(12.5, -7.25, 3, PoseSource.ANNOTATOR), FaceAttributes.NONE, provenance);
        FaceSample sameImageNoPose = new FaceSample(new ImageRef(written, image), null, wflw, null,
                FaceAttributes.NONE, provenance);
        format.write(Dataset.of("wflw", null, PointSchema.WFLW_98, List.of(withPose, sameImageNoPose)), out);

        Path first = out.resolve("12--Group/12_Group_Group_12_Group_Group_12_12.mat");
        Path second = out.resolve("12--Group/12_Group_Group_12_Group_Group_12_12_2.mat");
        assertEquals(List.of("pt2d", "Pose_Para"), MatTestFiles.names(first));
        assertEquals(List.of("pt2d"), MatTestFiles.names(second));
        assertEquals(-1, MatTestFiles.matrix(first, "pt2d").getDouble(0, 0), "WFLW 0 is 68-pt 0, unlabelled");
        assertEquals(-1, MatTestFiles.matrix(first, "pt2d").getDouble(1, 0));
        assertArrayEquals(Files.readAllBytes(image), Files.readAllBytes(out.resolve(written)));
        assertArrayEquals(Files.readAllBytes(image),
                Files.readAllBytes(out.resolve("12--Group/12_Group_Group_12_Group_Group_12_12_2.jpg")));

        Dataset back = format.read(out, ReadOptions.DEFAULT);
        assertEquals(2, back.size());
        Landmarks expected = SchemaMapping.WFLW98_TO_IBUG68.apply(wflw);
        assertEquals(expected, back.get(0).landmarks());
        assertEquals(expected, back.get(1).landmarks());
        assertFalse(back.get(0).landmarks().isLabelled(0));
        assertFalse(back.get(0).landmarks().isLabelled(36), "WFLW 60 is 68-pt 36");
        assertEquals(66, back.get(0).landmarks().labelledCount());
        assertEquals(12.5, back.get(0).pose().yaw(), 1e-12);
        assertEquals(-7.25, back.get(0).pose().pitch(), 1e-12);
        assertEquals(3, back.get(0).pose().roll(), 1e-12);
        assertNull(back.get(1).pose());
        assertEquals(List.of(Problem.atVariable(second, "Pose_Para", back.problems().get(0).message())),
                back.problems());
    }

    @Test
    void malformedFilesBecomeProblemsAndTheGoodSamplesStillLoad(@TempDir Path root) throws IOException {
        Path ibug = root.resolve("IBUG");
        MatTestFiles.copyPair(MAT, ibug, "a_good");
        Path truncated = MatTestFiles.copyPair(MAT, ibug, "b_truncated");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(MAT), 2000));
        Path empty = Files.write(ibug.resolve("c_empty.mat"), new byte[0]);
        Path noPose = ibug.resolve("d_nopose.mat");
        MatTestFiles.rewrite(MAT, noPose, Map.of(), Set.of("Pose_Para"));
        Path wrongShape = ibug.resolve("e_shape.mat");
        MatTestFiles.rewrite(MAT, wrongShape, Map.of("pt2d", Mat5.newMatrix(2, 21)), Set.of());
        Path nan = MatTestFiles.copyPair(MAT, ibug, "f_nan");
        Matrix withNan = MatTestFiles.doubleCopy(MAT, "pt2d");
        withNan.setDouble(0, 5, Double.NaN);
        MatTestFiles.rewrite(MAT, nan, Map.of("pt2d", withNan), Set.of());
        Path text = Files.writeString(ibug.resolve("g_text.mat"), "x,y\n1,2\n");
        Path orphan = Files.copy(ROOT.resolve(WRITTEN), ibug.resolve("h_orphan.jpg"));
        Path nanPose = MatTestFiles.copyPair(MAT, ibug, "i_nanpose");
        Matrix poseWithNan = MatTestFiles.doubleCopy(MAT, "Pose_Para");
        poseWithNan.setDouble(1, Double.NaN);
        MatTestFiles.rewrite(MAT, nanPose, Map.of("Pose_Para", poseWithNan), Set.of());

        Dataset dataset = format.read(root, ReadOptions.DEFAULT);

        assertEquals(List.of("IBUG/a_good.jpg", "IBUG/d_nopose.jpg", "IBUG/f_nan.jpg", "IBUG/i_nanpose.jpg"),
                dataset.samples().stream().map(s -> s.image().written()).toList());
        assertEquals(4, dataset.skipped());
        assertEquals(9, dataset.problems().size(), dataset.problems().toString());
        assertMessage(dataset, orphan, null, "h_orphan.mat");
        assertMessage(dataset, truncated, null, "truncated");
        assertMessage(dataset, empty, null, "empty file");
        assertMessage(dataset, empty, null, "MATLAB 5.0 MAT-file");
        assertMessage(dataset, noPose, "Pose_Para", "missing; expected a numeric 1x7 vector");
        assertMessage(dataset, noPose, null, "d_nopose.jpg");
        assertMessage(dataset, wrongShape, "pt2d", "expected a numeric 2x68 matrix");
        assertMessage(dataset, wrongShape, "pt2d", "found 2x21 double");
        assertMessage(dataset, nan, "pt2d", "points [5]");
        assertMessage(dataset, text, null, "not a MAT level-5 file");
        assertMessage(dataset, nanPose, "Pose_Para", "NaN or infinite angle");
        assertNull(dataset.get(3).pose());
        assertNull(dataset.get(1).pose());
        assertFalse(dataset.get(2).landmarks().isLabelled(5));
        assertEquals(67, dataset.get(2).landmarks().labelledCount());
    }

    @Test
    void strictModeFailsOnTheFirstProblem(@TempDir Path root) throws IOException {
        MatTestFiles.copyPair(MAT, root.resolve("IBUG"), "a_good");
        Path empty = Files.write(root.resolve("IBUG/b_empty.mat"), new byte[0]);
        Files.copy(ROOT.resolve(WRITTEN), root.resolve("IBUG/b_empty.jpg"));

        DatasetException e = assertThrows(DatasetException.class,
                () -> format.read(root, ReadOptions.DEFAULT.withStrict(true)));
        assertEquals(empty, e.problem().file());
        assertEquals(1, format.read(root, ReadOptions.DEFAULT).size());
    }

    @Test
    void savingInPlaceReplacesTheFileAndLeavesNoTemporaryFiles(@TempDir Path root) throws IOException {
        Path mat = MatTestFiles.copyPair(MAT, root.resolve("IBUG"), "IBUG_image_008_1_0");
        Dataset dataset = format.read(root, ReadOptions.DEFAULT);
        Landmarks edited = dataset.get(0).landmarks().withPoint(0, 140.5, 241.5);
        format.write(dataset.with(0, dataset.get(0).withLandmarks(edited)), root);

        assertEquals(edited, format.read(root, ReadOptions.DEFAULT).get(0).landmarks());
        try (var files = Files.list(root.resolve("IBUG"))) {
            assertEquals(List.of("IBUG_image_008_1_0.jpg", "IBUG_image_008_1_0.mat"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        MatTestFiles.assertSameVariable(MAT, mat, "Shape_Para");
    }

    @Test
    void aFolderWithoutMatFilesSaysSoAndNamesItsImages(@TempDir Path root) throws IOException {
        Path image = Files.copy(ROOT.resolve(WRITTEN), root.resolve("lonely.jpg"));
        Dataset dataset = format.read(root, ReadOptions.DEFAULT);
        assertEquals(0, dataset.size());
        assertMessage(dataset, root, null, "no .mat files found");
        assertMessage(dataset, image, null, "lonely.mat");
    }

    @Test
    void anImagePathOutsideTheRootCannotBeWritten(@TempDir Path out) {
        Landmarks landmarks = Landmarks.unlabelled(PointSchema.IBUG_68);
        FaceSample sample = new FaceSample(new ImageRef("../escape.jpg", out.resolve("../escape.jpg")), null,
                landmarks, null, FaceAttributes.NONE, new Provenance("test", null, 0, null));
        DatasetException e = assertThrows(DatasetException.class,
                () -> format.write(Dataset.of("test", null, PointSchema.IBUG_68, List.of(sample)), out));
        assertTrue(e.getMessage().contains("not relative to the dataset root"), e.getMessage());
    }

    private static void assertMessage(Dataset dataset, Path file, String location, String text) {
        assertTrue(dataset.problems().stream().anyMatch(p -> p.file().equals(file)
                        && Objects.equals(p.location(), location) && p.message().contains(text)),
                "no problem at " + file + "[" + location + "] saying \"" + text + "\" in " + dataset.problems());
    }
}
