package org.landmarkstudio.core.format.wflw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.pfpld.PfpldFormat;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.core.testing.Fixtures;

class WflwFormatTest {

    private static final Path ANNOTATIONS = Fixtures.real("wflw/WFLW_annotations");
    private static final Path IMAGES = Fixtures.real("wflw/WFLW_images");
    private static final Path LARGEPOSE = ANNOTATIONS.resolve("list_98pt_test/list_98pt_test_largepose.txt");
    private static final Path MAKEUP = ANNOTATIONS.resolve("list_98pt_test/list_98pt_test_makeup.txt");
    private static final Path INCLUDED = ANNOTATIONS.resolve("lines_for_included_images.txt");
    private static final ReadOptions NO_IMAGE_CHECK = new ReadOptions(null, false, false);

    /**
     * Face boxes for the three lines of lines_for_included_images.txt, as
     * floor(min x), floor(min y), ceil(max x), ceil(max y) of their 98 points; computed with
     * python3: math.floor/math.ceil over float(token) of tokens 0..195 of each line.
     */
    private static final int[][] INCLUDED_BOUNDS = {{312, 241, 375, 298}, {573, 207, 640, 272}, {574, 170, 652, 252}};
    /** Image sizes of the three included images (width, height), as reported by `file` (libmagic). */
    private static final int[][] INCLUDED_SIZES = {{1024, 819}, {1024, 682}, {1024, 879}};

    @TempDir
    Path dir;

    private final WflwFormat raw = new WflwFormat();
    private final WflwTestFormat test = new WflwTestFormat();

    @Test
    void readsTheLargePoseTestList() throws IOException {
        Dataset ds = test.read(LARGEPOSE, ReadOptions.DEFAULT);
        assertEquals("wflw-test", ds.format());
        assertEquals(326, ds.size());
        assertEquals(0, ds.skipped());
        // values copied from the file text: lines 1, 100 and 326, points 0, 60 and 97
        assertPoint(ds.get(0), 0, 148.701996, 253.686005);
        assertPoint(ds.get(0), 60, 184.664993, 268.313995);
        assertPoint(ds.get(0), 97, 211.530061, 272.462577);
        assertPoint(ds.get(99), 0, 807.802979, 97.664398);
        assertPoint(ds.get(99), 60, 842.247437, 94.035439);
        assertPoint(ds.get(325), 97, 849.285714, 164.285714);
        assertEquals("2--Demonstration/2_Demonstration_Political_Rally_2_424.jpg", ds.get(0).image().written());
        assertEquals(IMAGES.resolve("53--Raid/53_Raid_policeraid_53_561.jpg"), ds.get(99).image().resolved());

        FaceSample first = ds.get(0);
        assertTrue(first.landmarks().isComplete());
        assertNull(first.box());
        assertNull(first.pose());
        assertEquals(Set.of(WflwAttribute.POSE), first.attributes().flags());
        assertEquals(new Provenance("wflw", LARGEPOSE, 100, null), ds.get(99).provenance());

        // none of the list's images is among the fixture's three images: one warning each, all loaded
        assertEquals(326, ds.problems().size());
        Problem p = ds.problems().get(99);
        assertEquals(LARGEPOSE, p.file());
        assertEquals(100, p.line());
        assertTrue(p.message().startsWith("image not found: "), p.message());
    }

    @Test
    void readsTheMakeupTestList() throws IOException {
        Dataset ds = test.read(MAKEUP, NO_IMAGE_CHECK);
        assertEquals(206, ds.size());
        assertTrue(ds.problems().isEmpty());
        assertPoint(ds.get(0), 0, 593.518005, 227.281006);
        assertPoint(ds.get(99), 60, 484.117004, 229.746002);
        assertPoint(ds.get(205), 97, 683.299379, 565.754037);
        assertEquals("45--Balloonist/45_Balloonist_Balloonist_45_934.jpg", ds.get(205).image().written());
        assertEquals(Set.of(WflwAttribute.MAKEUP), ds.get(5).attributes().flags());
    }

    @Test
    void readsTheIncludedLinesWithTheirImages() throws IOException {
        Dataset ds = test.read(INCLUDED, ReadOptions.DEFAULT);
        assertEquals(3, ds.size());
        assertEquals(List.of(), ds.problems());
        assertPoint(ds.get(0), 0, 312.891998, 254.917999);
        assertPoint(ds.get(1), 60, 586.568970, 219.675003);
        assertPoint(ds.get(2), 97, 619.394036, 181.104061);
        assertEquals(FaceAttributes.NONE, ds.get(0).attributes());
        for (int i = 0; i < 3; i++) {
            FaceSample s = ds.get(i);
            assertEquals(IMAGES.resolve(s.image().written()), s.image().resolved());
            int[] size = imageSize(s.image().resolved());
            assertEquals(INCLUDED_SIZES[i][0], size[0], s.image().written());
            assertEquals(INCLUDED_SIZES[i][1], size[1], s.image().written());
            Box bounds = s.landmarks().bounds();
            assertTrue(bounds.x1() >= 0 && bounds.y1() >= 0 && bounds.x2() < size[0] && bounds.y2() < size[1],
                    "landmarks inside the image: " + bounds);
        }
    }

    @Test
    void imageRootOptionOverridesTheSearch() throws IOException {
        Dataset ds = test.read(INCLUDED, ReadOptions.DEFAULT.withImageRoot(dir));
        assertEquals(dir.resolve("12--Group/12_Group_Group_12_Group_Group_12_24.jpg"), ds.get(0).image().resolved());
        assertEquals(3, ds.size());
        assertEquals(3, ds.problems().size());
        assertEquals(0, ds.skipped());
    }

    @Test
    void unchangedRealListsWriteBackByteForByte() throws IOException {
        for (Path source : List.of(LARGEPOSE, MAKEUP, INCLUDED)) {
            Dataset ds = test.read(source, NO_IMAGE_CHECK);
            Path out = dir.resolve(source.getFileName());
            test.write(ds, out);
            assertEquals(-1, Files.mismatch(source, out), source.toString());
            Dataset again = test.read(out, NO_IMAGE_CHECK);
            for (int i = 0; i < ds.size(); i++) {
                assertEquals(ds.get(i).landmarks(), again.get(i).landmarks());
                assertEquals(ds.get(i).image().written(), again.get(i).image().written());
            }
        }
    }

    @Test
    void anEditedPointChangesOnlyItsTokens() throws IOException {
        Dataset ds = test.read(LARGEPOSE, NO_IMAGE_CHECK);
        FaceSample edited = ds.get(4).withLandmarks(ds.get(4).landmarks().withPoint(60, 200.5, 300.25));
        Path out = dir.resolve("edited.txt");
        test.write(ds.with(4, edited), out);

        List<String> before = Files.readAllLines(LARGEPOSE);
        List<String> after = Files.readAllLines(out);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (i != 4) {
                assertEquals(before.get(i), after.get(i), "line " + (i + 1));
            }
        }
        String[] was = before.get(4).split(" ");
        String[] now = after.get(4).split(" ");
        assertEquals(197, now.length);
        for (int t = 0; t < 197; t++) {
            if (t == 120) {
                assertEquals("200.500000", now[t]);
            } else if (t == 121) {
                assertEquals("300.250000", now[t]);
            } else {
                assertEquals(was[t], now[t], "token " + t);
            }
        }
        FaceSample reread = test.read(out, NO_IMAGE_CHECK).get(4);
        assertEquals(edited.landmarks(), reread.landmarks());
    }

    @Test
    void unchangedLinesStayVerbatimEvenWhenNotCanonical() throws IOException {
        List<String> lines = Files.readAllLines(INCLUDED);
        String loose = "  " + lines.get(0).replace(" ", "\t ").replace("312.891998", "312.891998000") + " ";
        String shortened = lines.get(1).replace("573.697021", "5.73697021e2");
        Path file = dir.resolve("loose.txt");
        Files.writeString(file, loose + "\r\n" + shortened + "\n" + lines.get(2) + "\n");
        Dataset ds = test.read(file, NO_IMAGE_CHECK);
        assertPoint(ds.get(1), 0, 573.697021, 218.792999);

        Path out = dir.resolve("out.txt");
        test.write(ds, out);
        assertEquals(loose + "\n" + shortened + "\n" + lines.get(2) + "\n", Files.readString(out));

        FaceSample moved = ds.get(1).withLandmarks(ds.get(1).landmarks().withPoint(97, 625.5, 225.25));
        test.write(ds.with(1, moved), out);
        List<String> written = Files.readAllLines(out);
        assertEquals(loose, written.get(0));
        // only the moved point is reformatted; the other tokens keep their source text
        assertEquals(replaceToken(replaceToken(shortened, 194, "625.500000"), 195, "225.250000"), written.get(1));
    }

    @Test
    void rawListWithBoxAndAttributesRoundTrips() throws IOException {
        List<String> lines = Files.readAllLines(INCLUDED);
        String[] flags = {"0 0 0 0 1 0", "0 0 0 0 0 1", "1 1 0 1 1 0"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            text.append(withBoxAndFlags(lines.get(i), boxText(INCLUDED_BOUNDS[i]), flags[i])).append('\n');
        }
        Path file = dir.resolve("list_98pt_rect_attr_test.txt");
        Files.writeString(file, text);

        assertTrue(raw.sniff(file));
        assertFalse(test.sniff(file));
        Dataset ds = raw.read(file, ReadOptions.DEFAULT.withImageRoot(IMAGES));
        assertEquals("wflw", ds.format());
        assertEquals(3, ds.size());
        assertEquals(List.of(), ds.problems());
        assertEquals(new Box(312, 241, 375, 298), ds.get(0).box());
        assertEquals(Set.of(WflwAttribute.OCCLUSION), ds.get(0).attributes().flags());
        assertEquals(Set.of(WflwAttribute.BLUR), ds.get(1).attributes().flags());
        assertEquals(Set.of(WflwAttribute.POSE, WflwAttribute.EXPRESSION, WflwAttribute.MAKEUP, WflwAttribute.OCCLUSION),
                ds.get(2).attributes().flags());
        assertPoint(ds.get(2), 60, 580.116455, 199.617889);

        Path out = dir.resolve("out.txt");
        raw.write(ds, out);
        assertEquals(-1, Files.mismatch(file, out));

        FaceSample flagged = ds.get(1).withAttributes(ds.get(1).attributes().with(WflwAttribute.ILLUMINATION, true));
        raw.write(ds.with(1, flagged), out);
        List<String> written = Files.readAllLines(out);
        assertEquals(withBoxAndFlags(lines.get(1), boxText(INCLUDED_BOUNDS[1]), "0 0 1 0 0 1"), written.get(1));
    }

    @Test
    void testSubsetSamplesWrittenAsRawListGetTheirLandmarkBounds() throws IOException {
        Dataset ds = test.read(INCLUDED, NO_IMAGE_CHECK);
        Path out = dir.resolve("raw.txt");
        raw.write(ds, out);
        List<String> source = Files.readAllLines(INCLUDED);
        List<String> written = Files.readAllLines(out);
        for (int i = 0; i < 3; i++) {
            assertEquals(withBoxAndFlags(source.get(i), boxText(INCLUDED_BOUNDS[i]), "0 0 0 0 0 0"), written.get(i));
        }
        Dataset back = raw.read(out, ReadOptions.DEFAULT.withImageRoot(IMAGES));
        assertEquals(List.of(), back.problems());
        assertEquals(new Box(573, 207, 640, 272), back.get(1).box());
        assertEquals(ds.get(1).landmarks(), back.get(1).landmarks());
    }

    @Test
    void unlabelledPointsAreWrittenAsMinus256AndReadBackUnlabelled() throws IOException {
        Dataset ds = test.read(INCLUDED, NO_IMAGE_CHECK);
        FaceSample partial = ds.get(0).withLandmarks(ds.get(0).landmarks().withoutPoint(96));
        Path out = dir.resolve("partial.txt");
        test.write(ds.with(0, partial), out);
        String[] tokens = Files.readAllLines(out).get(0).split(" ");
        assertEquals("-256.000000", tokens[192]);
        assertEquals("-256.000000", tokens[193]);
        Landmarks back = test.read(out, NO_IMAGE_CHECK).get(0).landmarks();
        assertFalse(back.isLabelled(96));
        assertEquals(97, back.labelledCount());
        assertEquals(partial.landmarks(), back);
    }

    @Test
    void ibugSamplesAreMappedTo98Points() throws IOException {
        FaceSample wflw = test.read(INCLUDED, NO_IMAGE_CHECK).get(0);
        Landmarks ibug = SchemaMapping.WFLW98_TO_IBUG68.apply(wflw.landmarks());
        FaceSample foreign = new FaceSample(wflw.image(), null, ibug, null, FaceAttributes.NONE,
                new Provenance("300w-lp/IBUG", dir.resolve("x.mat"), 0, null));
        Path out = dir.resolve("mapped.txt");
        test.write(Dataset.of("ibug", null, PointSchema.IBUG_68, List.of(foreign)), out);

        String[] source = Files.readAllLines(INCLUDED).get(0).split(" ");
        String[] tokens = Files.readAllLines(out).get(0).split(" ");
        SchemaMapping toWflw = SchemaMapping.IBUG68_TO_WFLW98;
        for (int w = 0; w < 98; w++) {
            boolean carried = toWflw.sourceOf(w) >= 0;
            assertEquals(carried ? source[2 * w] : "-256.000000", tokens[2 * w], "x of point " + w);
            assertEquals(carried ? source[2 * w + 1] : "-256.000000", tokens[2 * w + 1], "y of point " + w);
        }
        assertEquals(68, test.read(out, NO_IMAGE_CHECK).get(0).landmarks().labelledCount());
    }

    @Test
    void aSampleWithoutBoxOrLandmarksCannotBeWrittenAsRawList() {
        FaceSample empty = new FaceSample(new ImageRef("a/b.jpg", dir.resolve("a/b.jpg")), null,
                Landmarks.unlabelled(PointSchema.WFLW_98), null, FaceAttributes.NONE,
                new Provenance("aflw2000", dir.resolve("image00050.mat"), 0, null));
        Path out = dir.resolve("never.txt");
        DatasetException e = assertThrows(DatasetException.class,
                () -> raw.write(Dataset.of("x", null, PointSchema.WFLW_98, List.of(empty)), out));
        assertEquals(out, e.problem().file());
        assertEquals(1, e.problem().line());
        assertTrue(e.problem().message().contains("no box and no labelled landmark"), e.problem().message());
        assertFalse(Files.exists(out));
    }

    @Test
    void badLinesAreReportedAndSkippedWhileGoodLinesLoad() throws IOException {
        List<String> lines = Files.readAllLines(INCLUDED);
        String good1 = withBoxAndFlags(lines.get(0), boxText(INCLUDED_BOUNDS[0]), "0 0 0 0 1 0");
        String good2 = withBoxAndFlags(lines.get(2), boxText(INCLUDED_BOUNDS[2]), "0 0 0 0 1 0");
        List<String> goodTokens = List.of(good1.split(" "));
        List<String> file = List.of(
                good1,
                String.join(" ", goodTokens.subList(1, goodTokens.size())),
                "0.5 " + good1,
                "   \t ",
                replaceToken(good1, 12, "abc"),
                replaceToken(good1, 3, "NaN"),
                replaceToken(good1, 197, "241.5"),
                replaceToken(good1, 204, "2"),
                good2,
                "");
        Path path = dir.resolve("bad.txt");
        Files.writeString(path, String.join("\n", file));

        Dataset ds = raw.read(path, ReadOptions.DEFAULT.withImageRoot(IMAGES));
        assertEquals(2, ds.size());
        assertEquals(1, ds.get(0).provenance().line());
        assertEquals(9, ds.get(1).provenance().line());
        assertEquals(6, ds.skipped());
        List<Problem> problems = ds.problems();
        assertEquals(List.of(2, 3, 5, 6, 7, 8), problems.stream().map(Problem::line).toList());
        problems.forEach(p -> assertEquals(path, p.file()));
        assertMessage(problems.get(0), "expected 207 tokens", "found 206");
        assertMessage(problems.get(1), "expected 207 tokens", "found 208");
        assertMessage(problems.get(2), "token 12 (x of point 6)", "expected a number", "\"abc\"");
        assertMessage(problems.get(3), "token 3 (y of point 1)", "expected a finite number", "\"NaN\"");
        assertMessage(problems.get(4), "token 197 (box y_min)", "expected an integer", "\"241.5\"");
        assertMessage(problems.get(5), "token 204 (occlusion attribute)", "expected 0 or 1", "\"2\"");

        DatasetException e = assertThrows(DatasetException.class,
                () -> raw.read(path, ReadOptions.DEFAULT.withImageRoot(IMAGES).withStrict(true)));
        assertEquals(2, e.problem().line());
        assertEquals(path, e.problem().file());
    }

    @Test
    void testSubsetLinesNeed197Tokens() throws IOException {
        String line = Files.readAllLines(INCLUDED).get(1);
        Path path = dir.resolve("short.txt");
        Files.writeString(path, line + "\n" + line.substring(line.indexOf(' ') + 1) + "\n" + "1.0 " + line + "\n");
        Dataset ds = test.read(path, NO_IMAGE_CHECK.withImageRoot(IMAGES));
        assertEquals(1, ds.size());
        assertMessage(ds.problems().get(0), "expected 197 tokens", "found 196");
        assertMessage(ds.problems().get(1), "expected 197 tokens", "found 198");
        assertEquals(List.of(2, 3), ds.problems().stream().map(Problem::line).toList());
    }

    @Test
    void aMissingImageIsAWarningAndTheSampleLoads() throws IOException {
        String line = Files.readAllLines(INCLUDED).get(0).replace("12_24.jpg", "12_999.jpg");
        Path path = dir.resolve("missing.txt");
        Files.writeString(path, line + "\n");
        Dataset ds = test.read(path, ReadOptions.DEFAULT.withImageRoot(IMAGES));
        assertEquals(1, ds.size());
        assertEquals(0, ds.skipped());
        assertEquals(1, ds.problems().size());
        assertEquals(1, ds.problems().get(0).line());
        assertMessage(ds.problems().get(0), "image not found", "12_999.jpg");
        assertThrows(DatasetException.class, () -> test.read(path, ReadOptions.DEFAULT.withImageRoot(IMAGES).withStrict(true)));
    }

    @Test
    void anEmptyFileIsAProblem() throws IOException {
        for (String content : List.of("", "\n \n\t\n")) {
            Path path = dir.resolve("empty.txt");
            Files.writeString(path, content);
            Dataset ds = raw.read(path, ReadOptions.DEFAULT);
            assertEquals(0, ds.size());
            assertEquals(List.of(Problem.ofFile(path, "empty file, expected WFLW lines")), ds.problems());
            assertThrows(DatasetException.class, () -> raw.read(path, ReadOptions.DEFAULT.withStrict(true)));
        }
    }

    @Test
    void sniffTellsTheLayoutsApart() throws IOException {
        assertTrue(test.sniff(LARGEPOSE));
        assertFalse(raw.sniff(LARGEPOSE));
        assertFalse(new PfpldFormat().sniff(LARGEPOSE));
        assertFalse(test.sniff(ANNOTATIONS.resolve("Mirror98.txt")));
        assertFalse(test.sniff(ANNOTATIONS.resolve("list_98pt_test/README")));
        assertFalse(test.sniff(IMAGES));
        Path copy = dir.resolve("subset.dat");
        Files.copy(INCLUDED, copy);
        assertFalse(test.sniff(copy));
    }

    private static void assertPoint(FaceSample sample, int point, double x, double y) {
        assertEquals(x, sample.landmarks().x(point), 0.0, "x of point " + point);
        assertEquals(y, sample.landmarks().y(point), 0.0, "y of point " + point);
    }

    private static void assertMessage(Problem problem, String... parts) {
        for (String part : parts) {
            assertTrue(problem.message().contains(part), problem + " should contain " + part);
        }
    }

    private static String boxText(int[] box) {
        return box[0] + " " + box[1] + " " + box[2] + " " + box[3];
    }

    /** A test-subset line turned into a raw line: box and flags go between the points and the image. */
    private static String withBoxAndFlags(String testLine, String box, String flags) {
        int lastSpace = testLine.lastIndexOf(' ');
        return testLine.substring(0, lastSpace) + " " + box + " " + flags + testLine.substring(lastSpace);
    }

    private static String replaceToken(String line, int index, String token) {
        String[] tokens = line.split(" ");
        assertNotEquals(token, tokens[index]);
        tokens[index] = token;
        return String.join(" ", Arrays.asList(tokens));
    }

    private static int[] imageSize(Path image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
