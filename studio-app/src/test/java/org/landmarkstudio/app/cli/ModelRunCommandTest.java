package org.landmarkstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.testing.Fixtures;

class ModelRunCommandTest {

    private static final Path PFPLD = Fixtures.reference().resolve("pfpld-random-s7");

    @Test
    void theFloatBackendReproducesPyTorchOnAllFourInputs(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("model", "run", "--model", PFPLD.resolve("pfpld.onnx").toString(),
                "--backend", "float", "--input", "input=" + PFPLD.resolve("inputs.f32") + ":4x3x112x112",
                "--out", dir.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = run.json();
        assertEquals("float", doc.get("backend").asText());
        assertEquals("pose", doc.at("/outputs/0/name").asText());
        assertEquals(4, doc.at("/outputs/1/shape/0").asInt());
        assertEquals(196, doc.at("/outputs/1/shape/1").asInt());
        assertClose(floats(PFPLD.resolve("pose.f32")), floats(dir.resolve("pose.f32")));
        assertClose(floats(PFPLD.resolve("landms.f32")), floats(dir.resolve("landms.f32")));
    }

    @Test
    void withoutJsonItSaysTheBackendTimeAndEachOutputsShapeAndFile(@TempDir Path dir) {
        CliRun run = CliRun.of("model", "run", "--model", PFPLD.resolve("pfpld.onnx").toString(),
                "--backend", "java", "--input", "input=" + PFPLD.resolve("inputs.f32") + ":4x3x112x112",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("java backend, "), run.out());
        assertTrue(run.out().contains("pose 4x3 -> " + dir.resolve("pose.f32")), run.out());
        assertTrue(run.out().contains("landms 4x196 -> " + dir.resolve("landms.f32")), run.out());
    }

    @Test
    void aMalformedInputSpecIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("model", "run", "--model", PFPLD.resolve("pfpld.onnx").toString(),
                "--input", "input=x.f32:1xAx112x112", "--out", dir.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("not a whole number"), run.err());
    }

    @Test
    void anInputFileOfTheWrongSizeOrATruncatedModelIsBadInput(@TempDir Path dir) throws IOException {
        Path small = dir.resolve("small.f32");
        Files.write(small, new byte[100]);
        CliRun size = CliRun.of("model", "run", "--model", PFPLD.resolve("pfpld.onnx").toString(),
                "--input", "input=" + small + ":1x3x112x112", "--out", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, size.exitCode());
        assertTrue(size.err().contains("needs 150528 bytes"), size.err());

        Path model = dir.resolve("cut.onnx");
        Files.write(model, Arrays.copyOf(Files.readAllBytes(PFPLD.resolve("pfpld.onnx")), 5000));
        CliRun cut = CliRun.of("model", "run", "--model", model.toString(),
                "--input", "input=" + PFPLD.resolve("inputs.f32") + ":4x3x112x112", "--out", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, cut.exitCode());
        assertTrue(cut.err().contains("cut.onnx"), cut.err());
    }

    @Test
    void benchReportsOrderedLatencies() throws IOException {
        CliRun run = CliRun.of("model", "bench", "--model", PFPLD.resolve("pfpld.onnx").toString(),
                "--backend", "float", "--runs", "5", "--warmup", "1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode ms = run.json().get("ms");
        assertTrue(ms.get("min").asDouble() > 0);
        assertTrue(ms.get("min").asDouble() <= ms.get("median").asDouble());
        assertTrue(ms.get("median").asDouble() <= ms.get("p90").asDouble());
        assertEquals(ExitCode.USAGE, CliRun.of("model", "bench", "--model", "x.onnx", "--runs", "0").exitCode());
    }

    private static float[] floats(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.remaining() / 4];
        bytes.asFloatBuffer().get(out);
        return out;
    }

    private static void assertClose(float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        float scale = 0;
        for (float v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-4 * scale, "value " + i);
        }
    }
}
