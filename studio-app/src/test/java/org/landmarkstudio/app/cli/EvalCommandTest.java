package org.landmarkstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.testing.Fixtures;

class EvalCommandTest {

    @Test
    void peppaOnAflw2000ReportsTheMetricsOverallAndPerSubset() throws IOException {
        CliRun run = CliRun.of("eval", Fixtures.real("prnet_aflw2000/AFLW2000").toString(),
                "--model", Fixtures.real("peppa/slim_160_latest.onnx").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = run.json();
        assertEquals(16, doc.get("samples").asInt());
        // RealModelNmeTest measures the same model, faces and crops directly: 0.124
        assertEquals(0.124, doc.get("nme").asDouble(), 1e-3);
        assertEquals(21, doc.get("ced").size());
        assertEquals(doc.get("fr10").asDouble(), 1 - doc.at("/ced/20/1").asDouble(), 1e-12);
        JsonNode large = doc.at("/subsets/large-pose");
        assertTrue(large.get("samples").asInt() > 0 && large.get("samples").asInt() < 16);
        assertTrue(large.get("nme").asDouble() > doc.get("nme").asDouble(), "large poses are harder");
    }

    @Test
    void aSubsetQueryNarrowsTheEvaluation() throws IOException {
        CliRun run = CliRun.of("eval", Fixtures.real("prnet_aflw2000/AFLW2000").toString(),
                "--model", Fixtures.real("peppa/slim_160_latest.onnx").toString(), "--subset", "abs-yaw < 30",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.json().get("samples").asInt() < 16);
        assertEquals(ExitCode.USAGE, CliRun.of("eval", Fixtures.real("prnet_aflw2000/AFLW2000").toString(),
                "--model", "m.onnx", "--crop", "sideways").exitCode());
    }

    @Test
    void detectorCropsCountTheFacesTheDetectorMisses() throws IOException {
        CliRun run = CliRun.of("eval", Fixtures.real("wflw/WFLW_annotations/lines_for_included_images.txt").toString(),
                "--model", Fixtures.real("pfld_ghostone/PFLD_GhostOne_112_1_opt_sim.onnx").toString(),
                "--crop", "detector", "--detector", "haar", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = run.json();
        // EvaluatorTest: the cascade misses the occluded face on line 3; the other two measure 0.0516
        assertEquals(2, doc.get("samples").asInt());
        assertEquals(1, doc.get("missed").asInt());
        assertTrue(doc.at("/missedFaces/0").asText().endsWith("lines_for_included_images.txt:3"),
                doc.get("missedFaces").toString());
        assertEquals(0.0516, doc.get("nme").asDouble(), 1e-3);
    }
}
