package org.landmarkstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.testing.Fixtures;

class DataCommandsTest {

    private static final String AFLW = Fixtures.real("prnet_aflw2000/AFLW2000").toString();
    private static final String LP300W = Fixtures.real("300wlp_face3d").toString();

    @Test
    void statsReportsPoseRangesInDegrees() throws IOException {
        CliRun run = CliRun.of("data", "stats", AFLW, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = run.json();
        assertEquals("aflw2000", doc.get("format").asText());
        assertEquals("ibug68", doc.get("schema").asText());
        assertEquals(16, doc.get("samples").asInt());
        assertEquals(0, doc.get("problems").size());
        // scipy.io.loadmat over the 16 files: min/max of Pose_Para[0][1] * 180 / pi (yaw)
        assertEquals(-54.6853153632493, doc.at("/pose/yaw/min").asDouble(), 1e-9);
        assertEquals(70.89890720748478, doc.at("/pose/yaw/max").asDouble(), 1e-9);
        assertTrue(doc.at("/closedEye/either").isInt());
        assertEquals(6, doc.get("attributes").size());
    }

    @Test
    void statsOverSeveralPathsCombinesThem() throws IOException {
        CliRun run = CliRun.of("data", "stats", AFLW, LP300W, "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(17, run.json().get("samples").asInt());
        assertEquals("aflw2000+300wlp", run.json().get("format").asText());
    }

    @Test
    void showPrintsOneSampleInImagePixelsAndDegrees() throws IOException {
        CliRun run = CliRun.of("data", "show", LP300W, "--index", "0", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = run.json();
        assertEquals("ibug68", doc.get("schema").asText());
        assertEquals(68, doc.get("landmarks").size());
        // scipy.io.loadmat('IBUG_image_008_1_0.mat')['pt2d'][:, 0]
        assertEquals(136.7025093003413, doc.at("/landmarks/0/0").asDouble(), 1e-9);
        assertEquals(240.11450708191128, doc.at("/landmarks/0/1").asDouble(), 1e-9);
        // Pose_Para[0][1] = -0.7680828 rad
        assertEquals(-44.00865052063051, doc.at("/pose/yaw").asDouble(), 1e-9);
        assertEquals("open", doc.at("/eyes/left").asText());
    }

    @Test
    void showRejectsAnIndexOutOfRange() {
        CliRun run = CliRun.of("data", "show", LP300W, "--index", "5", "--json");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("out of range"), run.err());
    }

    @Test
    void validateFlagsABrokenMatAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("AFLW2000");
        Files.createDirectories(set);
        for (String name : new String[] {"image00050", "image00081"}) {
            Files.copy(Fixtures.real("prnet_aflw2000/AFLW2000/" + name + ".jpg"), set.resolve(name + ".jpg"));
            Files.copy(Fixtures.real("prnet_aflw2000/AFLW2000/" + name + ".mat"), set.resolve(name + ".mat"));
        }
        byte[] whole = Files.readAllBytes(set.resolve("image00081.mat"));
        Files.write(set.resolve("image00081.mat"), java.util.Arrays.copyOf(whole, whole.length / 2));
        CliRun run = CliRun.of("data", "validate", set.toString(), "--format", "aflw2000", "--json");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        JsonNode doc = run.json();
        assertEquals(1, doc.get("samples").asInt());
        assertEquals(1, doc.get("skipped").asInt());
        assertTrue(doc.at("/problems/0/file").asText().endsWith("image00081.mat"));
    }

    @Test
    void strictModeFailsWithExitCodeOne(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("AFLW2000");
        Files.createDirectories(set);
        Files.write(set.resolve("image1.mat"), new byte[0]);
        Files.copy(Fixtures.real("prnet_aflw2000/AFLW2000/image00050.jpg"), set.resolve("image1.jpg"));
        CliRun run = CliRun.of("data", "stats", set.toString(), "--format", "aflw2000", "--strict");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("image1.mat"), run.err());
    }

    @Test
    void unknownFormatIsBadInputNamingTheKnownOnes() {
        CliRun run = CliRun.of("data", "stats", AFLW, "--format", "nope");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("aflw2000"), run.err());
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(ExitCode.USAGE, CliRun.of("data", "stats").exitCode());
    }

    @Test
    void convertsAflwToCocoAndBack(@TempDir Path dir) throws IOException {
        Path coco = dir.resolve("aflw.json");
        CliRun run = CliRun.of("data", "convert", AFLW, "--to", "coco", "--out", coco.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        CliRun back = CliRun.of("data", "show", coco.toString(), "--index", "0", "--json",
                "--images", Fixtures.real("prnet_aflw2000/AFLW2000").toString());
        assertEquals(0, back.exitCode(), back.err());
        CliRun original = CliRun.of("data", "show", AFLW, "--index", "0", "--json");
        assertEquals(original.json().get("landmarks"), back.json().get("landmarks"));
        assertEquals(original.json().at("/pose/yaw").asDouble(), back.json().at("/pose/yaw").asDouble(), 0);
    }

    private static final String LARGEPOSE =
            Fixtures.real("wflw/WFLW_annotations/list_98pt_test/list_98pt_test_largepose.txt").toString();

    @Test
    void subsetKeepsOnlyItsSamplesAndStatsCountsEverySubset() throws IOException {
        CliRun all = CliRun.of("data", "stats", LARGEPOSE, "--json");
        assertEquals(0, all.exitCode(), all.err());
        assertEquals(326, all.json().get("samples").asInt());
        int closed = all.json().at("/closedEye/either").asInt();
        assertEquals(closed, all.json().at("/subsets/closed-eye").asInt());
        assertEquals(326, all.json().at("/subsets/pose").asInt(), "the largepose list sets the pose flag");

        CliRun subset = CliRun.of("data", "stats", LARGEPOSE, "--subset", "closed-eye", "--json");
        assertEquals(0, subset.exitCode(), subset.err());
        assertEquals(closed, subset.json().get("samples").asInt());
        assertEquals(closed, subset.json().at("/closedEye/either").asInt());

        CliRun stricter = CliRun.of("data", "stats", LARGEPOSE, "--subset", "closed-eye", "--eye-threshold", "0.05",
                "--json");
        assertTrue(stricter.json().get("samples").asInt() < closed);
    }

    @Test
    void showIndexesWithinTheSubset() throws IOException {
        CliRun run = CliRun.of("data", "show", LARGEPOSE, "--subset", "closed-both", "--index", "0", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("closed", run.json().at("/eyes/left").asText());
        assertEquals("closed", run.json().at("/eyes/right").asText());
    }

    @Test
    void aBadQueryIsBadInputWithThePosition() {
        CliRun run = CliRun.of("data", "stats", LARGEPOSE, "--subset", "closed-eye & (");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("at 15: expected a subset name"), run.err());
    }
}
