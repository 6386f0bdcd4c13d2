package org.landmarkstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSynthCommandTest {

    @Test
    void generatedWflwValidatesAndItsStatsShowTheRequestedShares(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("sheet.png");
        CliRun synth = CliRun.of("data", "synth", "--count", "20", "--seed", "5", "--format", "wflw",
                "--out", dir.resolve("wflw").toString(), "--closed-eye-fraction", "1", "--occlusion-fraction", "0",
                "--image-size", "128", "--contact-sheet", sheet.toString(), "--json");
        assertEquals(0, synth.exitCode(), synth.err());
        String list = synth.json().get("dataset").asText();

        CliRun validate = CliRun.of("data", "validate", list, "--json");
        assertEquals(0, validate.exitCode(), validate.out());
        assertEquals(20, validate.json().get("samples").asInt());

        JsonNode stats = CliRun.of("data", "stats", list, "--json").json();
        assertEquals("wflw", stats.get("format").asText());
        assertTrue(stats.at("/closedEye/either").asInt() >= 19, stats.toString());
        assertEquals(0, stats.at("/attributes/occlusion").asInt());

        BufferedImage image = ImageIO.read(sheet.toFile());
        assertTrue(image.getWidth() >= 8 * 128 && image.getHeight() >= 3 * 128,
                "8 columns, 3 rows of 128 px faces: " + image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void theSameSeedWritesTheSameList(@TempDir Path dir) throws IOException {
        for (String run : new String[] {"a", "b"}) {
            assertEquals(0, CliRun.of("data", "synth", "--count", "3", "--seed", "1", "--format", "pfpld",
                    "--out", dir.resolve(run).toString(), "--image-size", "96").exitCode());
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/list.txt")), Files.readAllBytes(dir.resolve("b/list.txt")));
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        assertEquals(ExitCode.USAGE, CliRun.of("data", "synth", "--count", "3", "--format", "coco",
                "--out", dir.toString()).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("data", "synth", "--count", "3", "--format", "wflw",
                "--out", dir.toString(), "--closed-eye-fraction", "1.5").exitCode());
    }
}
