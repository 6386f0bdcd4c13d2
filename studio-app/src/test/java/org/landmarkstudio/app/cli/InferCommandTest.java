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

class InferCommandTest {

    private static final String OBAMA = Fixtures.real("face_recognition/obama.jpg").toString();
    private static final String GHOSTONE = Fixtures.real("pfld_ghostone/PFLD_GhostOne_112_1_opt_sim.onnx").toString();
    private static final String ULTRAFACE =
            Fixtures.real("ultraface/RFB-320/onnx/version-RFB-320_simplified.onnx").toString();

    @Test
    void oneFaceWithItsLandmarksInsideItsBoxAndStageTimes() throws IOException {
        CliRun run = CliRun.of("infer", OBAMA, "--model", GHOSTONE, "--detector", ULTRAFACE, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode faces = run.json().get("faces");
        assertEquals(1, faces.size());
        JsonNode face = faces.get(0);
        assertEquals(98, face.get("landmarks").size());
        double x1 = face.at("/box/0").asDouble();
        double y1 = face.at("/box/1").asDouble();
        double x2 = face.at("/box/2").asDouble();
        double y2 = face.at("/box/3").asDouble();
        for (int i : new int[] {54, 60, 72, 96, 97}) {
            double x = face.at("/landmarks/" + i + "/0").asDouble();
            double y = face.at("/landmarks/" + i + "/1").asDouble();
            assertTrue(x > x1 && x < x2 && y > y1 && y < y2, "point " + i + " outside the face box");
        }
        assertTrue(face.at("/landmarks/96/0").asDouble() < face.at("/landmarks/97/0").asDouble(),
                "the image-left pupil is left of the image-right one");
        assertTrue(face.get("pose").isNull());
        assertTrue(face.at("/ms/infer").asDouble() > 0);
    }

    @Test
    void refusesWhatItCannotDoYet(@TempDir Path dir) throws IOException {
        CliRun haar = CliRun.of("infer", OBAMA, "--model", GHOSTONE, "--detector", "haar");
        assertEquals(ExitCode.BAD_INPUT, haar.exitCode());
        assertTrue(haar.err().contains("Haar"), haar.err());

        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "not an image");
        CliRun notImage = CliRun.of("infer", text.toString(), "--model", GHOSTONE, "--detector", ULTRAFACE);
        assertEquals(ExitCode.BAD_INPUT, notImage.exitCode());
        assertTrue(notImage.err().contains("notes.jpg"), notImage.err());

        CliRun video = CliRun.of("infer", Fixtures.real("face_recognition/short_hamilton_clip.mp4").toString(),
                "--model", GHOSTONE, "--detector", ULTRAFACE);
        assertEquals(ExitCode.BAD_INPUT, video.exitCode());
        assertTrue(video.err().contains("video input"), video.err());

        assertEquals(ExitCode.USAGE, CliRun.of("infer", OBAMA, "--model", GHOSTONE, "--detector", ULTRAFACE,
                "--crop", "sideways").exitCode());
    }
}
