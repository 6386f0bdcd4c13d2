package org.landmarkstudio.core.format.lapa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.core.testing.Fixtures;

/**
 * The LaPa codec on a LaPa folder built in a temporary directory from the real WFLW images and
 * their real WFLW ground truth: no real LaPa landmark file is available (see the fixtures
 * README), so each face's 98 WFLW points are laid out as LaPa's 106 by inserting the eight
 * LaPa-only points where FORMATS.md §1.4 says they are.
 */
class LapaFormatTest {

    private static final Path WFLW_LINES = Fixtures.real("wflw/WFLW_annotations/lines_for_included_images.txt");
    private static final Path WFLW_IMAGES = Fixtures.real("wflw/WFLW_images");

    /** The 0-based LaPa points that WFLW does not have (FORMATS.md §1.4). */
    private static final int[] LAPA_ONLY = {55, 56, 57, 63, 64, 65, 74, 83};

    @TempDir
    Path dir;

    private final LapaFormat format = new LapaFormat();
    private Path root;

    @BeforeEach
    void buildLapaRoot() throws IOException {
        root = dir.resolve("LaPa");
        // Line 2 of the fixture is the _12 face, line 1 the _24 face, line 3 the _51 face.
        // b has no count line and c has Windows line ends: neither is how the writer would
        // render them, so a byte-identical copy shows that unchanged files are kept verbatim.
        writeFace(root.resolve("train"), "a", 1, true, "\n");
        writeFace(root.resolve("train"), "b", 0, false, "\n");
        writeFace(root.resolve("val"), "c", 2, true, "\r\n");
    }

    @Test
    void readsEverySplitWithCountsCoordinatesAndProvenance() throws IOException {
        Dataset dataset = format.read(root, ReadOptions.DEFAULT);

        assertEquals(List.of(), dataset.problems());
        assertEquals(PointSchema.LAPA_106, dataset.schema());
        assertEquals(List.of("train/images/a.jpg", "train/images/b.jpg", "val/images/c.jpg"),
                dataset.samples().stream().map(s -> s.image().written()).toList());
        FaceSample a = dataset.get(0);
        assertTrue(a.landmarks().isComplete());
        assertEquals(root.resolve("train/images/a.jpg"), a.image().resolved());
        Path txt = root.resolve("train/landmarks/a.txt");
        assertEquals(new Provenance("lapa/train", txt, 0, Files.readString(txt)), a.provenance());
        // LaPa 58 holds WFLW 55 of the _12 line (tokens 110, 111 of the fixture, read with python).
        assertEquals(600.875, a.landmarks().x(58));
        assertEquals(241.320999, a.landmarks().y(58));
        // LaPa 74: midpoint of WFLW 60 and 64 of the _12 line, printed by python as '%.6f'.
        assertEquals(592.941131, a.landmarks().x(74));
        assertEquals(221.083763, a.landmarks().y(74));
        // b has no count line; LaPa 58 is WFLW 55 of the _24 line (tokens 110, 111).
        assertEquals(339.984985, dataset.get(1).landmarks().x(58));
        assertEquals(268.151001, dataset.get(1).landmarks().y(58));
        assertEquals("lapa/val", dataset.get(2).provenance().dataset());
    }

    @Test
    void readingOneSplitFolderWritesImagePathsRelativeToIt() throws IOException {
        Dataset dataset = format.read(root.resolve("val"), ReadOptions.DEFAULT);

        assertEquals(1, dataset.size());
        assertEquals("images/c.jpg", dataset.get(0).image().written());
        assertEquals("lapa/val", dataset.get(0).provenance().dataset());
    }

    @Test
    void mappingTo98GivesBackTheWflwGroundTruthAndDropsTheLapaOnlyPoints() throws IOException {
        Dataset dataset = format.read(root, ReadOptions.DEFAULT);
        int[] fixtureLine = {1, 0, 2};
        SchemaMapping toWflw = SchemaMapping.between(PointSchema.LAPA_106, PointSchema.WFLW_98);
        for (int i = 0; i < 3; i++) {
            Landmarks wflw = toWflw.apply(dataset.get(i).landmarks());
            assertEquals(wflwLandmarks(wflwTokens(fixtureLine[i])), wflw, "sample " + i);
        }
        Landmarks a = toWflw.apply(dataset.get(0).landmarks());
        assertEquals(600.875, a.x(55));
        assertEquals(241.320999, a.y(55));
        for (int w = 0; w < 98; w++) {
            assertFalse(a.x(w) == 592.941131 && a.y(w) == 221.083763, "LaPa 74 must be dropped, found at " + w);
        }
    }

    @Test
    void unchangedDatasetIsCopiedByteForByte() throws IOException {
        Dataset dataset = format.read(root, ReadOptions.DEFAULT);
        Path out = dir.resolve("out");

        format.write(dataset, out);

        assertEquals(filesBelow(root).keySet(), filesBelow(out).keySet());
        for (String relative : filesBelow(root).keySet()) {
            assertEquals(-1, Files.mismatch(root.resolve(relative), out.resolve(relative)), relative);
        }
    }

    @Test
    void editedSampleKeepsTheFileDecimalsAndItsOtherLinesInPlace() throws IOException {
        Dataset dataset = format.read(root, ReadOptions.DEFAULT);
        Path txt = root.resolve("train/landmarks/a.txt");
        List<String> before = Files.readAllLines(txt);
        Path image = root.resolve("train/images/a.jpg");
        var imageTime = Files.getLastModifiedTime(image);
        Landmarks lm = dataset.get(0).landmarks();
        Landmarks edited = lm.withPoint(3, lm.x(3) + 0.25, 232.5).withPoint(4, 1.0 / 3, lm.y(4));

        format.write(dataset.with(0, dataset.get(0).withLandmarks(edited)), root);

        List<String> after = Files.readAllLines(txt);
        assertEquals(before.size(), after.size());
        // Point 3 of the _12 line is '573.204769 232.738986'; python: '%.6f' % (573.204769 + 0.25),
        // and the file's six decimals for 232.5.
        assertEquals("573.454769 232.500000", after.get(4));
        // 1/3 has no exact 6-decimal form, so it is written in full (python: repr(1/3)).
        assertEquals("0.3333333333333333 " + before.get(5).split(" ")[1], after.get(5));
        for (int line = 0; line < before.size(); line++) {
            if (line != 4 && line != 5) {
                assertEquals(before.get(line), after.get(line), "line " + (line + 1));
            }
        }
        assertEquals(imageTime, Files.getLastModifiedTime(image));
        assertEquals(edited, format.read(root, ReadOptions.DEFAULT).get(0).landmarks());
    }

    @Test
    void wflwSamplesGetMinusOneForTheLapaOnlyPointsAndOneFilePerFace() throws IOException {
        String[] tokens = wflwTokens(1);
        Path image = WFLW_IMAGES.resolve(tokens[196]);
        Landmarks wflw = wflwLandmarks(tokens);
        FaceSample face = new FaceSample(new ImageRef(tokens[196], image), null, wflw, null, FaceAttributes.NONE,
                new Provenance("wflw", WFLW_LINES, 2, null));
        FaceSample moved = face.withLandmarks(wflw.withPoint(0, 570.5, 218.25));
        Path out = dir.resolve("fromWflw");

        format.write(Dataset.of("wflw", WFLW_LINES, PointSchema.WFLW_98, List.of(face, moved)), out);

        String name = "12_Group_Group_12_Group_Group_12_12";
        List<String> lines = Files.readAllLines(out.resolve("wflw/landmarks/" + name + ".txt"));
        assertEquals(107, lines.size());
        assertEquals("106", lines.get(0));
        for (int p : LAPA_ONLY) {
            assertEquals("-1 -1", lines.get(p + 1), "LaPa point " + p);
        }
        assertEquals(-1, Files.mismatch(image, out.resolve("wflw/images/" + name + ".jpg")));
        assertEquals(-1, Files.mismatch(image, out.resolve("wflw/images/" + name + "_2.jpg")));

        Dataset back = format.read(out, ReadOptions.DEFAULT);
        assertEquals(List.of(), back.problems());
        BitSet expectedMask = new BitSet();
        expectedMask.set(0, 106);
        for (int p : LAPA_ONLY) {
            expectedMask.clear(p);
        }
        assertEquals(expectedMask, back.get(0).landmarks().labelledMask());
        SchemaMapping toWflw = SchemaMapping.between(PointSchema.LAPA_106, PointSchema.WFLW_98);
        assertEquals(wflw, toWflw.apply(back.get(0).landmarks()));
        assertEquals(moved.landmarks(), toWflw.apply(back.get(1).landmarks()));
        assertEquals("wflw/images/" + name + "_2.jpg", back.get(1).image().written());
    }

    @Test
    void malformedFilesAreProblemsWithFileAndLineAndTheRestLoads() throws IOException {
        Path train = root.resolve("train");
        List<String> good = lapaPointLines(wflwTokens(1));
        writeLandmarks(train, "short", "106", good.subList(0, 105));
        writeLandmarks(train, "count105", "105", good.subList(0, 105));
        writeLandmarks(train, "extra", "106", concat(good, good.subList(0, 1)));
        List<String> word = new ArrayList<>(good);
        word.set(8, "573.2 abc");
        writeLandmarks(train, "word", "106", word);
        List<String> nan = new ArrayList<>(good);
        nan.set(18, "NaN 232.7");
        writeLandmarks(train, "nan", "106", nan);
        List<String> three = new ArrayList<>(good);
        three.set(30, "1 2 3");
        writeLandmarks(train, "three", null, three);
        Files.writeString(train.resolve("landmarks/empty.txt"), "\n\n");
        writeLandmarks(train, "noimage", "106", good);
        Files.copy(WFLW_IMAGES.resolve(wflwTokens(2)[196]), train.resolve("images/orphan.jpg"));

        Dataset dataset = format.read(root, ReadOptions.DEFAULT);

        assertEquals(List.of("train/images/a.jpg", "train/images/b.jpg", "train/images/noimage.jpg",
                "val/images/c.jpg"), dataset.samples().stream().map(s -> s.image().written()).toList());
        assertEquals(7, dataset.skipped());
        Map<String, Problem> byFile = dataset.problems().stream()
                .collect(Collectors.toMap(p -> p.file().getFileName().toString(), p -> p));
        assertEquals(9, byFile.size());
        assertProblem(byFile, "short.txt", 1, "105 point lines follow");
        assertProblem(byFile, "count105.txt", 1, "point count is 105");
        assertProblem(byFile, "extra.txt", 108, "extra line");
        assertProblem(byFile, "word.txt", 10, "y of point 8 is 'abc'; expected a decimal number");
        assertProblem(byFile, "nan.txt", 20, "x of point 18 is 'NaN'; expected a finite number");
        assertProblem(byFile, "three.txt", 31, "point 30: expected 'x y' (two numbers), found 3 fields");
        assertProblem(byFile, "empty.txt", 0, "empty landmark file");
        assertProblem(byFile, "noimage.txt", 0, "no image for this landmark file");
        assertProblem(byFile, "orphan.jpg", 0, "image has no landmark file");
    }

    @Test
    void strictModeStopsAtTheFirstProblem() throws IOException {
        writeLandmarks(root.resolve("train"), "short", "106", lapaPointLines(wflwTokens(1)).subList(0, 105));

        DatasetException e = assertThrows(DatasetException.class,
                () -> format.read(root, ReadOptions.DEFAULT.withStrict(true)));

        assertEquals(root.resolve("train/landmarks/short.txt"), e.problem().file());
        assertEquals(1, e.problem().line());
    }

    @Test
    void aFolderWithoutLandmarksIsAProblem() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));

        Dataset dataset = format.read(empty, ReadOptions.DEFAULT);

        assertEquals(0, dataset.size());
        assertEquals(1, dataset.problems().size());
        assertTrue(dataset.problems().get(0).message().startsWith("no landmarks/ folder"));
    }

    @Test
    void sniffsLapaFoldersOnly() throws IOException {
        assertTrue(format.sniff(root));
        assertTrue(format.sniff(root.resolve("train")));
        assertFalse(format.sniff(root.resolve("train/landmarks")));
        assertFalse(format.sniff(root.resolve("train/landmarks/a.txt")));
        assertFalse(format.sniff(WFLW_IMAGES));
        assertFalse(format.sniff(Files.createDirectories(dir.resolve("nothing/landmarks"))));
    }

    @Test
    void decimalStyleNeverRoundsANumber() {
        DecimalStyle six = new DecimalStyle(6);
        assertEquals("573.454769", six.format(573.204769 + 0.25));
        assertEquals("0.3333333333333333", six.format(1.0 / 3));
        assertEquals("-0.0", six.format(-0.0));
        assertEquals("12345678.5", DecimalStyle.SHORTEST.format(12345678.5));
    }

    private static void assertProblem(Map<String, Problem> byFile, String file, int line, String fragment) {
        Problem problem = byFile.get(file);
        assertTrue(problem != null, "no problem for " + file + " in " + byFile.values());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(fragment), problem.toString());
    }

    /** Writes a LaPa face built from fixture line {@code line}: image, landmarks and a small label map. */
    private static void writeFace(Path split, String name, int line, boolean countLine, String lineEnd)
            throws IOException {
        String[] tokens = wflwTokens(line);
        Files.createDirectories(split.resolve("images"));
        Files.copy(WFLW_IMAGES.resolve(tokens[196]), split.resolve("images/" + name + ".jpg"));
        writeLandmarks(split, name, countLine ? "106" : null, lapaPointLines(tokens), lineEnd);
        BufferedImage label = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 12; i++) {
            label.getRaster().setSample(i % 4, i / 4, 0, i % 11);
        }
        Files.createDirectories(split.resolve("labels"));
        ImageIO.write(label, "png", split.resolve("labels/" + name + ".png").toFile());
    }

    private static void writeLandmarks(Path split, String name, String countLine, List<String> points)
            throws IOException {
        writeLandmarks(split, name, countLine, points, "\n");
    }

    private static void writeLandmarks(Path split, String name, String countLine, List<String> points,
                                       String lineEnd) throws IOException {
        Files.createDirectories(split.resolve("landmarks"));
        StringBuilder text = new StringBuilder();
        if (countLine != null) {
            text.append(countLine).append(lineEnd);
        }
        points.forEach(p -> text.append(p).append(lineEnd));
        Files.writeString(split.resolve("landmarks/" + name + ".txt"), text);
    }

    /**
     * The 106 LaPa lines of a WFLW face: the WFLW tokens verbatim, with nose-base extras beside
     * WFLW 55 and 59 and eye centres at the midpoints of the eye corners in the LaPa-only slots.
     */
    private static List<String> lapaPointLines(String[] wflw) {
        List<String> lines = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < 106; p++) {
            switch (p) {
                case 55, 56, 57 -> lines.add(shifted(wflw, 55, p - 58));
                case 63, 64, 65 -> lines.add(shifted(wflw, 59, p - 62));
                case 74 -> lines.add(midpoint(wflw, 60, 64));
                case 83 -> lines.add(midpoint(wflw, 68, 72));
                default -> {
                    lines.add(wflw[2 * next] + " " + wflw[2 * next + 1]);
                    next++;
                }
            }
        }
        return lines;
    }

    private static String shifted(String[] wflw, int point, int dx) {
        return sixDecimals(Double.parseDouble(wflw[2 * point]) + dx) + " " + wflw[2 * point + 1];
    }

    private static String midpoint(String[] wflw, int a, int b) {
        double x = (Double.parseDouble(wflw[2 * a]) + Double.parseDouble(wflw[2 * b])) / 2;
        double y = (Double.parseDouble(wflw[2 * a + 1]) + Double.parseDouble(wflw[2 * b + 1])) / 2;
        return sixDecimals(x) + " " + sixDecimals(y);
    }

    /** Like python's '%.6f': rounds the exact binary value. */
    private static String sixDecimals(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String[] wflwTokens(int line) throws IOException {
        List<String> lines = Files.readAllLines(WFLW_LINES).stream().filter(l -> !l.isBlank()).toList();
        String[] tokens = lines.get(line).trim().split("\\s+");
        assertEquals(197, tokens.length);
        return tokens;
    }

    private static Landmarks wflwLandmarks(String[] tokens) {
        double[] xy = new double[196];
        for (int i = 0; i < 196; i++) {
            xy[i] = Double.parseDouble(tokens[i]);
        }
        return Landmarks.of(PointSchema.WFLW_98, xy);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, Path> filesBelow(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            Map<String, Path> map = new TreeMap<>();
            files.filter(Files::isRegularFile).forEach(f -> map.put(folder.relativize(f).toString(), f));
            return map;
        }
    }
}
