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
    private static final String CLIP = Fixtures.real("face_recognition/short_hamilton_clip.mp4").toString();
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
    void theBuiltInHaarDetectorIsTheDefault() throws IOException {
        CliRun run = CliRun.of("infer", OBAMA, "--model", GHOSTONE, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode faces = run.json().get("faces");
        assertEquals(1, faces.size());
        // cv2's cascade box for this photo is x 342, y 95, 300 x 300 (HaarFaceDetectorTest)
        assertEquals(342, faces.at("/0/box/0").asDouble(), 1);
        assertEquals(98, faces.at("/0/landmarks").size());
        double noseX = faces.at("/0/landmarks/54/0").asDouble();
        assertTrue(noseX > 342 && noseX < 642, "nose tip inside the face box: " + noseX);
    }

    @Test
    void followsTheFacesOfAVideoFrameByFrame() throws IOException {
        CliRun run = CliRun.of("infer", CLIP, "--model", GHOSTONE, "--max-frames", "12", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = run.json();
        assertEquals(CLIP, doc.get("video").asText());
        assertEquals(12, doc.get("frameCount").asInt());
        assertEquals(12, doc.get("frames").size());
        assertTrue(doc.get("fps").asDouble() > 0);
        // cv2's cascade finds one face on frames 2 to 7 of the clip (FaceTrackerTest's reference run)
        JsonNode third = doc.at("/frames/3");
        assertEquals(3, third.get("index").asInt());
        assertEquals(1, third.get("faces").size());
        assertEquals(98, third.at("/faces/0/landmarks").size());
        assertEquals(0, third.at("/faces/0/track").asInt());
        assertTrue(doc.get("detectorRuns").asInt() < 12, "detector runs " + doc.get("detectorRuns"));

        CliRun text = CliRun.of("infer", CLIP, "--model", GHOSTONE, "--max-frames", "3");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("frame 2 (") && text.out().contains("3 frames,")
                && text.out().contains(" fps"), text.out());
    }

    @Test
    void namesWhatItCannotRead(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "not an image");
        CliRun notImage = CliRun.of("infer", text.toString(), "--model", GHOSTONE);
        assertEquals(ExitCode.BAD_INPUT, notImage.exitCode());
        assertTrue(notImage.err().contains("notes.jpg"), notImage.err());

        Path broken = dir.resolve("broken.mp4");
        Files.writeString(broken, "not a video");
        CliRun video = CliRun.of("infer", broken.toString(), "--model", GHOSTONE);
        assertEquals(ExitCode.BAD_INPUT, video.exitCode());
        assertTrue(video.err().contains("broken.mp4"), video.err());

        CliRun missing = CliRun.of("infer", dir.resolve("gone.mov").toString(), "--model", GHOSTONE);
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("gone.mov"), missing.err());

        CliRun camera = CliRun.of("infer", "webcam:57", "--model", GHOSTONE);
        assertEquals(ExitCode.BAD_INPUT, camera.exitCode());
        assertTrue(camera.err().contains("/dev/video57"), camera.err());

        assertEquals(ExitCode.USAGE, CliRun.of("infer", OBAMA, "--model", GHOSTONE, "--crop", "sideways").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("infer", CLIP, "--model", GHOSTONE, "--redetect-every", "0").exitCode());
    }
}
