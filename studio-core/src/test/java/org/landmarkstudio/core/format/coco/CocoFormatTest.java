package org.landmarkstudio.core.format.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.testing.Fixtures;

/**
 * The COCO codec on the real WFLW faces: exported, imported back and compared number for
 * number; plus plain COCO files of other tools and broken files.
 */
class CocoFormatTest {

    private static final Path WFLW_LINES = Fixtures.real("wflw/WFLW_annotations/lines_for_included_images.txt");
    private static final Path WFLW_IMAGES = Fixtures.real("wflw/WFLW_images");
    private static final Path PHOTOS = Fixtures.real("face_recognition");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CocoFormat format = new CocoFormat();

    @Test
    void exportedWflwFacesImportBackExactly() throws IOException {
        List<FaceSample> faces = wflwFaces();
        Path file = dir.resolve("faces.json");

        format.write(Dataset.of("wflw", WFLW_LINES, PointSchema.WFLW_98, faces), file);
        Dataset back = format.read(file, ReadOptions.DEFAULT.withImageRoot(WFLW_IMAGES));

        assertEquals(List.of(), back.problems());
        assertEquals(PointSchema.WFLW_98, back.schema());
        assertEquals(faces.size(), back.size());
        for (int i = 0; i < faces.size(); i++) {
            FaceSample expected = faces.get(i);
            FaceSample actual = back.get(i);
            assertEquals(expected.image(), actual.image(), "image " + i);
            assertEquals(expected.box(), actual.box(), "box " + i);
            assertEquals(expected.landmarks(), actual.landmarks(), "landmarks " + i);
            assertEquals(expected.pose(), actual.pose(), "pose " + i);
            assertEquals(expected.attributes(), actual.attributes(), "attributes " + i);
            assertEquals("coco", actual.provenance().dataset());
            assertEquals(file, actual.provenance().file());
        }
        // Every coordinate, bit for bit, against the fixture's text.
        List<String[]> lines = wflwTokenLines();
        for (int face = 0; face < 3; face++) {
            for (int t = 0; t < 196; t++) {
                double written = t % 2 == 0 ? back.get(face).landmarks().x(t / 2) : back.get(face).landmarks().y(t / 2);
                assertEquals(Double.parseDouble(lines.get(face)[t]), written, "face " + face + " token " + t);
            }
        }
    }

    @Test
    void fileFollowsCocoWithRealImageSizesAndSharedImages() throws IOException {
        Path file = dir.resolve("faces.json");
        List<FaceSample> faces = new ArrayList<>(wflwFaces());
        FaceSample first = faces.get(0);
        faces.add(new FaceSample(new ImageRef("nowhere/missing.jpg", dir.resolve("nowhere/missing.jpg")), null,
                first.landmarks(), null, FaceAttributes.NONE, first.provenance()));

        format.write(Dataset.of("wflw", WFLW_LINES, PointSchema.WFLW_98, faces), file);
        JsonNode root = JSON.readTree(file.toFile());

        Map<String, JsonNode> images = new TreeMap<>();
        root.get("images").forEach(image -> images.put(image.get("file_name").textValue(), image));
        assertEquals(4, images.size());
        // Sizes from file(1) on the fixture images (libmagic reads the JPEG SOF header).
        assertSize(images.get("12--Group/12_Group_Group_12_Group_Group_12_12.jpg"), 1024, 682);
        assertSize(images.get("12--Group/12_Group_Group_12_Group_Group_12_24.jpg"), 1024, 819);
        assertSize(images.get("12--Group/12_Group_Group_12_Group_Group_12_51.jpg"), 1024, 879);
        assertFalse(images.get("nowhere/missing.jpg").has("width"));
        assertFalse(images.get("nowhere/missing.jpg").has("height"));

        JsonNode annotations = root.get("annotations");
        assertEquals(5, annotations.size());
        assertEquals(annotations.get(1).get("image_id"), annotations.get(3).get("image_id"));
        JsonNode second = annotations.get(3);
        assertEquals(97, second.get("num_keypoints").intValue());
        assertEquals(0, second.get("keypoints").get(5 * 3 + 2).intValue());
        assertEquals(0, second.get("keypoints").get(5 * 3).intValue());
        assertEquals(2, second.get("keypoints").get(2).intValue());
        assertEquals(294, second.get("keypoints").size());
        assertEquals(1, second.get("category_id").intValue());
        assertEquals(0, second.get("iscrowd").intValue());
        assertFalse(second.has("face_box"));

        JsonNode category = root.get("categories").get(0);
        assertEquals("wflw98", category.get("landmark_schema").textValue());
        assertEquals("face", category.get("name").textValue());
        assertEquals(98, category.get("keypoints").size());
        List<int[]> edges = PointSchema.WFLW_98.edges();
        assertEquals(edges.size(), category.get("skeleton").size());
        for (int e = 0; e < edges.size(); e++) {
            assertEquals(edges.get(e)[0] + 1, category.get("skeleton").get(e).get(0).intValue());
            assertEquals(edges.get(e)[1] + 1, category.get("skeleton").get(e).get(1).intValue());
        }
        JsonNode attributes = annotations.get(1).get("attributes");
        assertEquals(12.5, attributes.get("yaw").doubleValue());
        assertEquals("annotator", attributes.get("pose_source").textValue());
        assertTrue(attributes.get("occlusion").booleanValue());
        assertFalse(attributes.get("blur").booleanValue());
        assertEquals("closed", attributes.get("left_eye").textValue());
    }

    @Test
    void plainCocoKeypointsOfOtherToolsImport() throws IOException {
        StringBuilder keypoints = new StringBuilder();
        for (int p = 0; p < 68; p++) {
            int v = p == 30 ? 0 : p == 8 ? 1 : 2;
            keypoints.append(p == 0 ? "" : ", ").append(100 + p).append(", ").append(200.5 + p / 4.0).append(", ")
                    .append(v);
        }
        Path file = dir.resolve("cvat.json");
        Files.writeString(file, "{\"images\": [{\"id\": 7, \"file_name\": \"two_people.jpg\", \"width\": 1126,"
                + " \"height\": 661}],\n\"annotations\": [{\"id\": 1, \"image_id\": 7, \"category_id\": 3,"
                + " \"keypoints\": [" + keypoints + "], \"bbox\": [10.5, 20.25, 100, 150],"
                + " \"attributes\": {\"occluded\": false, \"blur\": \"true\"}}],\n"
                + "\"categories\": [{\"id\": 3, \"name\": \"face\"}]}\n");

        Dataset dataset = format.read(file, ReadOptions.DEFAULT.withImageRoot(PHOTOS));

        assertEquals(List.of(), dataset.problems());
        assertEquals(PointSchema.IBUG_68, dataset.schema());
        FaceSample face = dataset.get(0);
        assertEquals(new ImageRef("two_people.jpg", PHOTOS.resolve("two_people.jpg")), face.image());
        assertEquals(new Box(10.5, 20.25, 110.5, 170.25), face.box());
        assertEquals(67, face.landmarks().labelledCount());
        assertFalse(face.landmarks().isLabelled(30));
        assertEquals(108.0, face.landmarks().x(8));
        assertEquals(202.5, face.landmarks().y(8));
        assertNull(face.pose());
        assertEquals(Set.of(WflwAttribute.BLUR), face.attributes().flags());
        assertEquals(2, face.provenance().line());
    }

    @Test
    void plainFileWithoutCategoriesTakesTheSchemaFromTheKeypointCount() throws IOException {
        StringBuilder keypoints = new StringBuilder();
        for (int p = 0; p < 106; p++) {
            keypoints.append(p == 0 ? "" : ", ").append(p).append(", ").append(p + 0.5).append(", 2");
        }
        Path file = dir.resolve("ls.json");
        Files.writeString(file, "{\"images\": [{\"id\": 1, \"file_name\": \"obama.jpg\"}], \"annotations\": "
                + "[{\"image_id\": 1, \"keypoints\": [" + keypoints + "]}]}");

        Dataset dataset = format.read(file, ReadOptions.DEFAULT.withImageRoot(PHOTOS));

        assertEquals(List.of(), dataset.problems());
        assertEquals(PointSchema.LAPA_106, dataset.schema());
        assertEquals(105.5, dataset.get(0).landmarks().y(105));
        assertNull(dataset.get(0).box());
    }

    @Test
    void malformedJsonIsAProblemAtJacksonsLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"images\": [\n    {\"id\": 1, \"file_name\": \"a.jpg\"}\n"
                + "    {\"id\": 2, \"file_name\": \"b.jpg\"}\n  ]\n}\n");

        Dataset dataset = format.read(file, ReadOptions.DEFAULT);

        assertEquals(0, dataset.size());
        assertEquals(1, dataset.problems().size());
        Problem problem = dataset.problems().get(0);
        assertEquals(file, problem.file());
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith("invalid JSON at column 5: "), problem.message());
        DatasetException strict = assertThrows(DatasetException.class,
                () -> format.read(file, ReadOptions.DEFAULT.withStrict(true)));
        assertEquals(4, strict.problem().line());
    }

    @Test
    void badAnnotationsAreProblemsWithTheirLineAndTheRestLoads() throws IOException {
        String good = keypointsText(98, 2);
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, String.join("\n",
                "{\"categories\": [{\"id\": 1, \"keypoints\": [], \"landmark_schema\": \"wflw98\"}],",
                "\"images\": [{\"id\": 1, \"file_name\": \"obama.jpg\"},",
                "  {\"id\": 2, \"file_name\": \"gone.jpg\"}],",
                "\"annotations\": [",
                "  {\"image_id\": 1, \"category_id\": 1, \"keypoints\": [" + good + "]},",
                "  {\"image_id\": 1, \"category_id\": 1, \"keypoints\": [" + keypointsText(97, 2) + "]},",
                "  {\"image_id\": 5, \"category_id\": 1, \"keypoints\": [" + good + "]},",
                "  {\"image_id\": 1, \"category_id\": 1, \"keypoints\": [" + keypointsText(98, 3) + "]},",
                "  {\"image_id\": 1, \"category_id\": 1, \"keypoints\": [" + good + "], \"attributes\": {\"yaw\": 3}},",
                "  {\"image_id\": 1, \"category_id\": 1, \"keypoints\": [" + good + "],"
                        + " \"attributes\": {\"yaw\": \"abc\", \"pitch\": 0, \"roll\": 0}},",
                "  {\"image_id\": 2, \"category_id\": 1, \"keypoints\": [" + good + "]}",
                "]}"));

        Dataset dataset = format.read(file, ReadOptions.DEFAULT.withImageRoot(PHOTOS));

        assertEquals(List.of(5, 11), dataset.samples().stream().map(s -> s.provenance().line()).toList());
        assertEquals(5, dataset.skipped());
        Map<Integer, String> byLine = dataset.problems().stream()
                .collect(Collectors.toMap(Problem::line, Problem::message));
        assertEquals(Set.of(3, 6, 7, 8, 9, 10), byLine.keySet());
        assertEquals("keypoints holds 291 values; expected 3 x 98 = 294 for wflw98", byLine.get(6));
        assertEquals("image_id 5 is not in images", byLine.get(7));
        assertEquals("visibility of keypoint 0 is 3; expected 0, 1 or 2", byLine.get(8));
        assertTrue(byLine.get(9).startsWith("attributes hold only part of a pose"), byLine.get(9));
        assertEquals("attribute yaw is \"abc\"; expected an angle in degrees", byLine.get(10));
        assertTrue(byLine.get(3).startsWith("image gone.jpg not found at "), byLine.get(3));
        DatasetException strict = assertThrows(DatasetException.class,
                () -> format.read(file, ReadOptions.DEFAULT.withImageRoot(PHOTOS).withStrict(true)));
        assertEquals(6, strict.problem().line());
    }

    @Test
    void sniffsCocoJsonOnly() throws IOException {
        Path exported = dir.resolve("faces.json");
        format.write(Dataset.of("wflw", WFLW_LINES, PointSchema.WFLW_98, wflwFaces()), exported);
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"model\": \"pfpld\", \"input\": [1, 3, 112, 112]}");

        assertTrue(format.sniff(exported));
        assertFalse(format.sniff(other));
        assertFalse(format.sniff(WFLW_LINES));
        assertFalse(format.sniff(dir));
    }

    @Test
    void writingToAFolderIsRefused() {
        Dataset empty = Dataset.of("wflw", WFLW_LINES, PointSchema.WFLW_98, List.of());

        DatasetException e = assertThrows(DatasetException.class, () -> format.write(empty, dir));

        assertEquals(dir, e.problem().file());
    }

    private static void assertSize(JsonNode image, int width, int height) {
        assertEquals(width, image.get("width").intValue(), image.toString());
        assertEquals(height, image.get("height").intValue(), image.toString());
    }

    private static String keypointsText(int points, int visibility) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < points; p++) {
            text.append(p == 0 ? "" : ", ").append(300 + p).append(", ").append(400 - p).append(", ").append(visibility);
        }
        return text.toString();
    }

    /**
     * The three WFLW faces of the fixture, with the attributes of the WFLW test lists they
     * come from (_24 from the blur list, _12 and _51 from the occlusion list) and, for the
     * round trip, a typed pose, eye labels and a box on some of them, plus a second face on
     * the _12 image with point 5 unlabelled.
     */
    private static List<FaceSample> wflwFaces() throws IOException {
        List<FaceSample> faces = new ArrayList<>();
        int line = 1;
        for (String[] tokens : wflwTokenLines()) {
            double[] xy = new double[196];
            for (int i = 0; i < 196; i++) {
                xy[i] = Double.parseDouble(tokens[i]);
            }
            faces.add(new FaceSample(new ImageRef(tokens[196], WFLW_IMAGES.resolve(tokens[196])), null,
                    Landmarks.of(PointSchema.WFLW_98, xy), null, FaceAttributes.NONE,
                    new Provenance("wflw", WFLW_LINES, line++, String.join(" ", tokens))));
        }
        FaceSample blur = faces.get(0);
        faces.set(0, blur.withAttributes(new FaceAttributes(EnumSet.of(WflwAttribute.BLUR), null, null))
                .withPose(new HeadPose(1.0 / 3, -0.1, 2e-7, PoseSource.SOLVE_PNP))
                .withBox(new Box(0.1, 240.7, 0.1 + 0.2, 312.3)));
        FaceSample occluded = faces.get(1);
        faces.set(1, occluded.withAttributes(new FaceAttributes(EnumSet.of(WflwAttribute.OCCLUSION),
                        EyeState.CLOSED, EyeState.OPEN))
                .withPose(new HeadPose(12.5, -7.25, 3.0, PoseSource.ANNOTATOR)));
        faces.set(2, faces.get(2).withAttributes(new FaceAttributes(
                EnumSet.of(WflwAttribute.OCCLUSION, WflwAttribute.POSE), null, EyeState.CLOSED)));
        BitSet mask = occluded.landmarks().labelledMask();
        mask.clear(5);
        faces.add(occluded.withLandmarks(Landmarks.of(PointSchema.WFLW_98, occluded.landmarks().toArray(), mask)));
        return faces;
    }

    private static List<String[]> wflwTokenLines() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(WFLW_LINES)) {
            if (!line.isBlank()) {
                String[] tokens = line.trim().split("\\s+");
                assertEquals(197, tokens.length);
                lines.add(tokens);
            }
        }
        return lines;
    }
}
