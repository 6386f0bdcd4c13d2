package org.landmarkstudio.engine.ort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landmarkstudio.engine.testing.TensorAssert.assertClose;
import static org.landmarkstudio.engine.testing.TensorAssert.batchItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.backend.TensorDescriptor;
import org.landmarkstudio.engine.tensor.Tensor;
import org.landmarkstudio.engine.tensor.TensorFiles;

class OrtModelRunnerTest {

    private static final Path PFPLD = Fixtures.reference().resolve("pfpld-random-s7");

    @Test
    void reproducesThePyTorchOutputsOfThePfpldTopology() throws Exception {
        Tensor inputs = TensorFiles.read(PFPLD.resolve("inputs.f32"), 4, 3, 112, 112);
        Tensor pose = TensorFiles.read(PFPLD.resolve("pose.f32"), 4, 3);
        Tensor landms = TensorFiles.read(PFPLD.resolve("landms.f32"), 4, 196);
        try (ModelRunner runner = Backends.byName("float").open(PFPLD.resolve("pfpld.onnx"), BackendOptions.DEFAULT)) {
            assertEquals("float", runner.backend());
            assertEquals(List.of("input"), runner.inputs().stream().map(TensorDescriptor::name).toList());
            assertEquals(List.of("pose", "landms"), runner.outputs().stream().map(TensorDescriptor::name).toList());
            for (int n = 0; n < 4; n++) {
                Map<String, Tensor> out = runner.run(Map.of("input", batchItem(inputs, n)));
                assertClose("pose", batchItem(pose, n), out.get("pose"));
                assertClose("landms", batchItem(landms, n), out.get("landms"));
            }
        }
    }

    @Test
    void anUnknownBackendNamesTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Backends.byName("tpu"));
        assertTrue(e.getMessage().contains("float"), e.getMessage());
    }

    @Test
    void aTruncatedModelFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("half.onnx");
        byte[] whole = Files.readAllBytes(PFPLD.resolve("pfpld.onnx"));
        Files.write(broken, Arrays.copyOf(whole, whole.length / 3));
        ModelException e = assertThrows(ModelException.class,
                () -> Backends.byName("float").open(broken, BackendOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith(broken.toString()), e.getMessage());
    }

    @Test
    void wrongInputNameOrShapeIsRefusedWithWhatWasExpected() throws Exception {
        try (ModelRunner runner = Backends.byName("float").open(PFPLD.resolve("pfpld.onnx"), BackendOptions.DEFAULT)) {
            Tensor wrongShape = Tensor.of(new float[3 * 96 * 96], 1, 3, 96, 96);
            ModelException shape = assertThrows(ModelException.class, () -> runner.run(Map.of("input", wrongShape)));
            assertTrue(shape.getMessage().contains("must have shape"), shape.getMessage());
            ModelException name = assertThrows(ModelException.class, () -> runner.run(Map.of("data", wrongShape)));
            assertTrue(name.getMessage().contains("no input named 'data'"), name.getMessage());
        }
    }

    @Test
    void aTensorFileOfTheWrongSizeIsBadInput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.f32");
        Files.write(file, new byte[10]);
        IOException e = assertThrows(IOException.class, () -> TensorFiles.read(file, 1, 3));
        assertTrue(e.getMessage().contains("needs 12 bytes"), e.getMessage());
        Tensor t = Tensor.of(new float[] {1.5f, -2f, 3.25f}, 1, 3);
        TensorFiles.write(file, t);
        assertEquals(t, TensorFiles.read(file, 1, 3));
    }
}
