package org.landmarkstudio.core.format.pfpld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.text.SourceLines;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.core.testing.Fixtures;

class PfpldFormatTest {

    /**
     * The 112-grid positions 300W-LP rows hold, k / 112 for k = 20..92, as Python writes them;
     * python3: {@code [repr(k / 112) for k in range(20, 93)]}.
     */
    private static final String[] K_OVER_112 = {
        "0.17857142857142858", "0.1875", "0.19642857142857142", "0.20535714285714285", "0.21428571428571427",
        "0.22321428571428573", "0.23214285714285715", "0.24107142857142858", "0.25", "0.25892857142857145",
        "0.26785714285714285", "0.2767857142857143", "0.2857142857142857", "0.29464285714285715",
        "0.30357142857142855", "0.3125", "0.32142857142857145", "0.33035714285714285", "0.3392857142857143",
        "0.3482142857142857", "0.35714285714285715", "0.36607142857142855", "0.375", "0.38392857142857145",
        "0.39285714285714285", "0.4017857142857143", "0.4107142857142857", "0.41964285714285715",
        "0.42857142857142855", "0.4375", "0.44642857142857145", "0.45535714285714285", "0.4642857142857143",
        "0.4732142857142857", "0.48214285714285715", "0.49107142857142855", "0.5", "0.5089285714285714",
        "0.5178571428571429", "0.5267857142857143", "0.5357142857142857", "0.5446428571428571",
        "0.5535714285714286", "0.5625", "0.5714285714285714", "0.5803571428571429", "0.5892857142857143",
        "0.5982142857142857", "0.6071428571428571", "0.6160714285714286", "0.625", "0.6339285714285714",
        "0.6428571428571429", "0.6517857142857143", "0.6607142857142857", "0.6696428571428571",
        "0.6785714285714286", "0.6875", "0.6964285714285714", "0.7053571428571429", "0.7142857142857143",
        "0.7232142857142857", "0.7321428571428571", "0.7410714285714286", "0.75", "0.7589285714285714",
        "0.7678571428571429", "0.7767857142857143", "0.7857142857142857", "0.7946428571428571",
        "0.8035714285714286", "0.8125", "0.8214285714285714",
    };

    private static final String LANDMARK_ROW = "imgs/0_a_0.png " + coords98(0) + " 0 1 0 0 0 1 12.5 -30.25 4.75 -2";
    private static final String MAPPED_ROW = "300W_LP/IBUG_image_008_1_0.jpg " + mapped68() + " 0 0 0 0 0 0 -44.01 10.5 -3.2 0";
    private static final String POSE_ROW = "AFLW2000/image00050.jpg " + placeholders() + " 0 0 0 0 0 0 35.5 -12.25 2.0 -1";
    private static final String UNFLAGGED_ROW = "imgs/1_b_0.png " + coords98(3) + " 1 0 0 0 0 0 5.5 -7.25 1.0";
    private static final String NO_POSE_ROW = "imgs/2_c_0.png " + coords98(5) + " 0 0 0 0 0 0 0 0 0 -2";
    private static final String NO_POSE_UNFLAGGED_ROW = "imgs/3_d_0.png " + coords98(6) + " 0 0 0 0 0 0 0.0 0.0 0.0";
    private static final String FRONTAL_MAPPED_ROW = "300W_LP/IBUG_image_008_1_0.jpg " + mapped68() + " 0 0 0 0 0 0 0.0 0.0 0.0 0";
    private static final List<String> ROWS = List.of(LANDMARK_ROW, MAPPED_ROW, POSE_ROW, UNFLAGGED_ROW, NO_POSE_ROW,
            NO_POSE_UNFLAGGED_ROW, FRONTAL_MAPPED_ROW);

    @TempDir
    Path dir;

    private final PfpldFormat format = new PfpldFormat();
    private Path list;

    @BeforeEach
    void writeList() throws IOException {
        for (String row : ROWS) {
            Path image = dir.resolve(row.substring(0, row.indexOf(' ')));
            Files.createDirectories(image.getParent());
            if (!Files.exists(image)) {
                Files.createFile(image);
            }
        }
        list = dir.resolve("list.txt");
        Files.writeString(list, String.join("\n", ROWS) + "\n");
    }

    @Test
    void readsEveryRowKind() throws IOException {
        Dataset ds = format.read(list, ReadOptions.DEFAULT);
        assertEquals("pfpld", ds.format());
        assertEquals(PointSchema.WFLW_98, ds.schema());
        assertEquals(7, ds.size());
        assertEquals(List.of(), ds.problems());

        FaceSample landmarks = ds.get(0);
        // crop pixels = normalized * 112; python3: repr(float('0.10001') * 112) etc.
        assertEquals(11.20112, landmarks.landmarks().x(0), 0.0);
        assertEquals(22.403360000000003, landmarks.landmarks().y(0), 0.0);
        assertEquals(18.80592, landmarks.landmarks().x(97), 0.0);
        assertEquals(27.83536, landmarks.landmarks().y(97), 0.0);
        assertTrue(landmarks.landmarks().isComplete());
        // a -2 row holds [pitch, yaw, roll]
        assertEquals(new HeadPose(-30.25, 12.5, 4.75, PoseSource.PFPLD_LIST), landmarks.pose());
        assertEquals(Set.of(WflwAttribute.EXPRESSION, WflwAttribute.BLUR), landmarks.attributes().flags());
        assertEquals(dir.resolve("imgs/0_a_0.png"), landmarks.image().resolved());
        assertEquals("imgs/0_a_0.png", landmarks.image().written());
        assertNull(landmarks.box());
        assertEquals(new Provenance("pfpld", list, 1, null), landmarks.provenance());

        FaceSample mapped = ds.get(1);
        assertEquals(SchemaMapping.IBUG68_TO_WFLW98.carried(), mapped.landmarks().labelledMask());
        assertEquals(20.0, mapped.landmarks().x(0), 0.0);
        assertEquals(25.0, mapped.landmarks().y(0), 0.0);
        // python3: repr(float(repr(k / 112)) * 112) for k = 29, 58, 61: not exact in binary
        assertEquals(29.000000000000004, mapped.landmarks().x(slotOfIbug(9)), 0.0);
        assertEquals(58.00000000000001, mapped.landmarks().y(slotOfIbug(33)), 0.0);
        assertEquals(60.99999999999999, mapped.landmarks().x(slotOfIbug(41)), 0.0);
        // a 0 row holds [yaw, pitch, roll]
        assertEquals(new HeadPose(-44.01, 10.5, -3.2, PoseSource.PFPLD_LIST), mapped.pose());

        FaceSample poseOnly = ds.get(2);
        assertEquals(0, poseOnly.landmarks().labelledCount());
        assertEquals(new HeadPose(35.5, -12.25, 2.0, PoseSource.PFPLD_LIST), poseOnly.pose());

        FaceSample unflagged = ds.get(3);
        assertEquals(new HeadPose(-7.25, 5.5, 1.0, PoseSource.PFPLD_LIST), unflagged.pose());
        assertEquals(Set.of(WflwAttribute.POSE), unflagged.attributes().flags());

        assertNull(ds.get(4).pose());
        assertNull(ds.get(5).pose());
        assertEquals(new HeadPose(0, 0, 0, PoseSource.PFPLD_LIST), ds.get(6).pose());

        SourceLines sources = new SourceLines();
        List<PfpldRowKind> kinds = new ArrayList<>();
        for (FaceSample s : ds.samples()) {
            kinds.add(PfpldRowKind.of(s, sources.of(s, "pfpld")));
        }
        assertEquals(List.of(PfpldRowKind.LANDMARKS_98, PfpldRowKind.MAPPED_68, PfpldRowKind.POSE_ONLY,
                PfpldRowKind.UNFLAGGED, PfpldRowKind.LANDMARKS_98, PfpldRowKind.UNFLAGGED, PfpldRowKind.MAPPED_68), kinds);
    }

    @Test
    void unchangedListWritesBackByteForByte() throws IOException {
        Dataset ds = format.read(list, ReadOptions.DEFAULT);
        Path out = dir.resolve("out.txt");
        format.write(ds, out);
        assertEquals(-1, Files.mismatch(list, out));
    }

    @Test
    void editedRowsChangeOnlyTheirEditedTokens() throws IOException {
        Dataset ds = format.read(list, ReadOptions.DEFAULT);
        List<FaceSample> edited = new ArrayList<>(ds.samples());
        edited.set(0, ds.get(0).withLandmarks(ds.get(0).landmarks().withPoint(5, 56.0, 28.0)));
        edited.set(1, ds.get(1).withLandmarks(ds.get(1).landmarks().withPoint(60, 42.0, 49.0)));
        edited.set(2, ds.get(2).withPose(new HeadPose(10, -5, 2.5, PoseSource.ANNOTATOR)));
        edited.set(3, ds.get(3).withPose(new HeadPose(7.5, -2.0, 0.5, PoseSource.ANNOTATOR)));
        edited.set(4, ds.get(4).withAttributes(ds.get(4).attributes().with(WflwAttribute.OCCLUSION, true)));
        Path out = dir.resolve("edited.txt");
        format.write(new Dataset("pfpld", list, PointSchema.WFLW_98, edited, List.of(), 0), out);

        List<String> written = Files.readAllLines(out);
        assertEquals(7, written.size());
        assertEquals(replace(LANDMARK_ROW, 11, "0.5", 12, "0.25"), written.get(0));
        assertEquals(replace(MAPPED_ROW, 121, "0.375", 122, "0.4375"), written.get(1));
        assertEquals(replace(POSE_ROW, 203, "10.0", 204, "-5.0", 205, "2.5"), written.get(2));
        assertEquals(replace(UNFLAGGED_ROW, 203, "-2.0", 204, "7.5", 205, "0.5"), written.get(3));
        assertEquals(replace(NO_POSE_ROW, 201, "1"), written.get(4));
        assertEquals(NO_POSE_UNFLAGGED_ROW, written.get(5));
        assertEquals(FRONTAL_MAPPED_ROW, written.get(6));

        Dataset back = format.read(out, ReadOptions.DEFAULT);
        for (int i = 0; i < 7; i++) {
            assertEquals(edited.get(i).landmarks(), back.get(i).landmarks(), "row " + (i + 1));
            assertEquals(edited.get(i).attributes().flags(), back.get(i).attributes().flags(), "row " + (i + 1));
            assertEquals(PfpldRowKind.of(ds.get(i)), PfpldRowKind.of(back.get(i)), "row " + (i + 1));
        }
        assertEquals(new HeadPose(10, -5, 2.5, PoseSource.PFPLD_LIST), back.get(2).pose());
        assertEquals(new HeadPose(7.5, -2.0, 0.5, PoseSource.PFPLD_LIST), back.get(3).pose());
        assertNull(back.get(4).pose());
    }

    @Test
    void foreignSamplesGetTheirDerivedKind() throws IOException {
        double[] xy = new double[196];
        for (int i = 0; i < 98; i++) {
            xy[2 * i] = i * 0.5 + 10;
            xy[2 * i + 1] = 100 - i * 0.75;
        }
        Landmarks wflw = Landmarks.of(PointSchema.WFLW_98, xy);
        FaceSample fromWflw = foreign(wflw, null, new Provenance("wflw", dir.resolve("list_98pt_test.txt"), 1,
                "not a pfpld row"));
        FaceSample fromIbug = foreign(SchemaMapping.WFLW98_TO_IBUG68.apply(wflw),
                new HeadPose(20, -10, 5, PoseSource.POSE_PARA), new Provenance("300w-lp/IBUG", dir.resolve("a.mat"), 0, null));
        FaceSample poseOnly = foreign(Landmarks.unlabelled(PointSchema.IBUG_68),
                new HeadPose(-15, 3, 1, PoseSource.POSE_PARA), new Provenance("aflw2000", dir.resolve("b.mat"), 0, null));
        FaceSample fromLapa = foreign(SchemaMapping.WFLW98_TO_LAPA106.apply(wflw), null,
                new Provenance("lapa", dir.resolve("c.txt"), 0, null));
        List<FaceSample> samples = List.of(fromWflw, fromIbug, poseOnly, fromLapa);
        assertEquals(List.of(PfpldRowKind.LANDMARKS_98, PfpldRowKind.MAPPED_68, PfpldRowKind.POSE_ONLY,
                PfpldRowKind.LANDMARKS_98), samples.stream().map(PfpldRowKind::of).toList());

        Path out = dir.resolve("foreign.txt");
        format.write(new Dataset("mixed", null, PointSchema.WFLW_98, samples, List.of(), 0), out);
        List<String> written = Files.readAllLines(out);

        String[] row = written.get(0).split(" ");
        assertEquals(207, row.length);
        // python3: repr((i * 0.5 + 10) / 112), repr((100 - i * 0.75) / 112) for i = 0, 37, 97
        assertEquals("0.08928571428571429", row[1]);
        assertEquals("0.8928571428571429", row[2]);
        assertEquals("0.2544642857142857", row[1 + 74]);
        assertEquals("0.6450892857142857", row[2 + 74]);
        assertEquals("0.5223214285714286", row[1 + 194]);
        assertEquals("0.24330357142857142", row[2 + 194]);
        assertEquals("0 0 0 0 0 0 0.0 0.0 0.0 -2", tail(row, 10));

        String[] ibug = written.get(1).split(" ");
        BitSet carried = SchemaMapping.IBUG68_TO_WFLW98.carried();
        for (int w = 0; w < 98; w++) {
            assertEquals(carried.get(w), !ibug[1 + 2 * w].equals("-256.0"), "slot " + w);
            assertEquals(carried.get(w) ? row[1 + 2 * w] : "-256.0", ibug[1 + 2 * w], "slot " + w);
        }
        assertEquals("0 0 0 0 0 0 20.0 -10.0 5.0 0", tail(ibug, 10));

        String[] pose = written.get(2).split(" ");
        for (int t = 1; t <= 196; t++) {
            assertEquals("-256.0", pose[t]);
        }
        assertEquals("0 0 0 0 0 0 -15.0 3.0 1.0 -1", tail(pose, 10));
        assertEquals(written.get(0), written.get(3));

        Dataset back = format.read(out, ReadOptions.DEFAULT.withImageRoot(dir));
        // some crop-pixel values (e.g. 14.5) are not 112 times any double: they read back within 1 ulp
        Landmarks read = back.get(0).landmarks();
        for (int i = 0; i < 98; i++) {
            assertEquals(wflw.x(i), read.x(i), Math.ulp(wflw.x(i)), "x of point " + i);
            assertEquals(wflw.y(i), read.y(i), Math.ulp(wflw.y(i)), "y of point " + i);
        }
        assertEquals(wflw.x(10), read.x(10), 0.0);
        assertEquals(new HeadPose(20, -10, 5, PoseSource.PFPLD_LIST), back.get(1).pose());
        assertEquals(new HeadPose(-15, 3, 1, PoseSource.PFPLD_LIST), back.get(2).pose());
    }

    @Test
    void anIbugSampleIsWrittenAs300wLpRowsAre() throws IOException {
        double[] xy = new double[136];
        for (int i = 0; i < 68; i++) {
            xy[2 * i] = 20 + i;
            xy[2 * i + 1] = 25 + i;
        }
        FaceSample ibug = new FaceSample(new ImageRef("300W_LP/IBUG_image_008_1_0.jpg", null), null,
                Landmarks.of(PointSchema.IBUG_68, xy), new HeadPose(-44.01, 10.5, -3.2, PoseSource.POSE_PARA),
                FaceAttributes.NONE, new Provenance("300w-lp/IBUG", dir.resolve("IBUG_image_008_1_0.mat"), 0, null));
        Path out = dir.resolve("300wlp.txt");
        format.write(new Dataset("300w-lp", null, PointSchema.IBUG_68, List.of(ibug), List.of(), 0), out);
        // integer crop pixels k are written as Python's repr(k / 112), even where k / 112 * 112 != k
        assertEquals(MAPPED_ROW, Files.readAllLines(out).get(0));
    }

    @Test
    void badRowsAreReportedAndSkippedWhileGoodRowsLoad() throws IOException {
        List<String> rows = List.of(
                LANDMARK_ROW,
                LANDMARK_ROW.substring(0, LANDMARK_ROW.lastIndexOf(' ', LANDMARK_ROW.lastIndexOf(' ') - 1)),
                LANDMARK_ROW + " 7",
                replace(LANDMARK_ROW, 7, "0.1x"),
                replace(LANDMARK_ROW, 20, "nan"),
                replace(LANDMARK_ROW, 206, "3"),
                replace(LANDMARK_ROW, 206, "-2.0"),
                replace(LANDMARK_ROW, 199, "5"),
                " ",
                replace(LANDMARK_ROW, 0, "imgs/missing.png"),
                replace(LANDMARK_ROW, 3, "1e307"));
        Path path = dir.resolve("bad.txt");
        Files.writeString(path, String.join("\n", rows));

        Dataset ds = format.read(path, ReadOptions.DEFAULT);
        assertEquals(2, ds.size());
        assertEquals(10, ds.get(1).provenance().line());
        assertEquals(8, ds.skipped());
        List<Problem> problems = ds.problems();
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 10, 11), problems.stream().map(Problem::line).toList());
        problems.forEach(p -> assertEquals(path, p.file()));
        assertMessage(problems.get(0), "expected 206 or 207 tokens", "found 205");
        assertMessage(problems.get(1), "expected 206 or 207 tokens", "found 208");
        assertMessage(problems.get(2), "token 7 (x of point 3)", "expected a number", "\"0.1x\"");
        assertMessage(problems.get(3), "token 20 (y of point 9)", "expected a finite number", "\"nan\"");
        assertMessage(problems.get(4), "token 206 (type flag)", "expected -2, 0 or -1", "\"3\"");
        assertMessage(problems.get(5), "token 206 (type flag)", "expected an integer", "\"-2.0\"");
        assertMessage(problems.get(6), "token 199 (illumination attribute)", "expected 0 or 1", "\"5\"");
        assertMessage(problems.get(7), "image not found", "missing.png");
        assertMessage(problems.get(8), "token 3", "1e307", "too large");

        DatasetException e = assertThrows(DatasetException.class, () -> format.read(path, ReadOptions.DEFAULT.withStrict(true)));
        assertEquals(2, e.problem().line());
        assertEquals(path, e.problem().file());
    }

    @Test
    void anEmptyFileIsAProblem() throws IOException {
        Path path = dir.resolve("empty.txt");
        Files.writeString(path, "\n\n");
        Dataset ds = format.read(path, ReadOptions.DEFAULT);
        assertEquals(List.of(Problem.ofFile(path, "empty file, expected PFPLD list lines")), ds.problems());
        assertEquals(0, ds.size());
        assertThrows(DatasetException.class, () -> format.read(path, ReadOptions.DEFAULT.withStrict(true)));
    }

    @Test
    void imagesResolveAgainstTheListFolderOrTheGivenRoot() throws IOException {
        Path absolute = dir.resolve("elsewhere/abs.png");
        Path path = dir.resolve("sub/list.txt");
        Files.createDirectories(path.getParent());
        Files.writeString(path, UNFLAGGED_ROW + "\n" + replace(UNFLAGGED_ROW, 0, absolute.toString()) + "\n");

        Dataset beside = format.read(path, ReadOptions.DEFAULT);
        assertEquals(dir.resolve("sub/imgs/1_b_0.png"), beside.get(0).image().resolved());
        assertEquals(absolute, beside.get(1).image().resolved());
        assertEquals(2, beside.problems().size());

        Dataset rooted = format.read(path, ReadOptions.DEFAULT.withImageRoot(dir));
        assertEquals(dir.resolve("imgs/1_b_0.png"), rooted.get(0).image().resolved());
        assertEquals(absolute, rooted.get(1).image().resolved());
        assertEquals(List.of(2), rooted.problems().stream().map(Problem::line).toList());
    }

    @Test
    void sniffRecognisesPfpldListsOnly() throws IOException {
        assertTrue(format.sniff(list));
        Path unflagged = dir.resolve("train.txt");
        Files.writeString(unflagged, "\n" + UNFLAGGED_ROW + "\n");
        assertTrue(format.sniff(unflagged));
        Path noImage = dir.resolve("other.txt");
        Files.writeString(noImage, replace(UNFLAGGED_ROW, 0, "face_1") + "\n");
        assertFalse(format.sniff(noImage));
        assertFalse(format.sniff(Fixtures.real("wflw/WFLW_annotations/list_98pt_test/list_98pt_test_makeup.txt")));
        assertFalse(format.sniff(dir.resolve("imgs/0_a_0.png")));
    }

    @Test
    void rowKindsCarryTheirFlagAndAngleOrder() {
        assertEquals(OptionalInt.of(-2), PfpldRowKind.LANDMARKS_98.flag());
        assertEquals(OptionalInt.of(0), PfpldRowKind.MAPPED_68.flag());
        assertEquals(OptionalInt.of(-1), PfpldRowKind.POSE_ONLY.flag());
        assertEquals(OptionalInt.empty(), PfpldRowKind.UNFLAGGED.flag());
        assertEquals(PfpldRowKind.MAPPED_68, PfpldRowKind.ofFlag(0));
        assertThrows(IllegalArgumentException.class, () -> PfpldRowKind.ofFlag(1));
        assertTrue(PfpldRowKind.MAPPED_68.yawFirst());
        assertTrue(PfpldRowKind.POSE_ONLY.yawFirst());
        assertFalse(PfpldRowKind.LANDMARKS_98.yawFirst());
        assertFalse(PfpldRowKind.UNFLAGGED.yawFirst());
    }

    private FaceSample foreign(Landmarks landmarks, HeadPose pose, Provenance provenance) {
        return new FaceSample(new ImageRef("crops/x.png", dir.resolve("crops/x.png")), null, landmarks, pose,
                FaceAttributes.NONE, provenance);
    }

    private static int slotOfIbug(int ibugPoint) {
        return SchemaMapping.IBUG68_TO_WFLW98.targetOf(ibugPoint);
    }

    /** 98 points as PFPLD would write them, distinct per row: x = 0.1…1, y = 0.2…3. */
    private static String coords98(int seed) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 98; i++) {
            out.append(i == 0 ? "" : " ").append("0.").append(1000 + 7 * i + seed).append('1');
            out.append(" 0.").append(2000 + 5 * i + seed).append('3');
        }
        return out.toString();
    }

    /** A 300W-LP row's points: 68-point i at its WFLW slot, x = (20 + i) / 112, y = (25 + i) / 112. */
    private static String mapped68() {
        String[] tokens = placeholders().split(" ");
        for (int i = 0; i < 68; i++) {
            int slot = slotOfIbug(i);
            tokens[2 * slot] = K_OVER_112[i];
            tokens[2 * slot + 1] = K_OVER_112[i + 5];
        }
        return String.join(" ", tokens);
    }

    private static String placeholders() {
        return String.join(" ", Collections.nCopies(196, "-256.0"));
    }

    /** {@code row} with token {@code index} replaced, for each (index, text) pair. */
    private static String replace(String row, Object... indexAndText) {
        String[] tokens = row.split(" ");
        for (int k = 0; k < indexAndText.length; k += 2) {
            tokens[(Integer) indexAndText[k]] = (String) indexAndText[k + 1];
        }
        return String.join(" ", tokens);
    }

    private static String tail(String[] tokens, int count) {
        return String.join(" ", List.of(tokens).subList(tokens.length - count, tokens.length));
    }

    private static void assertMessage(Problem problem, String... parts) {
        for (String part : parts) {
            assertTrue(problem.message().contains(part), problem + " should contain " + part);
        }
    }
}
