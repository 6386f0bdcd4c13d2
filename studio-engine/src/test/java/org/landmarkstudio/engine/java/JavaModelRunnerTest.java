package org.landmarkstudio.engine.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landmarkstudio.engine.testing.TensorAssert.assertClose;
import static org.landmarkstudio.engine.testing.TensorAssert.batchItem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.backend.TensorDescriptor;
import org.landmarkstudio.engine.tensor.Tensor;
import org.landmarkstudio.engine.tensor.TensorFiles;

class JavaModelRunnerTest {

    private static final Path PFPLD = Fixtures.reference().resolve("pfpld-random-s7");

    @Test
    void reproducesThePyTorchOutputsOfThePfpldTopologyOneImageAtATime() throws Exception {
        Tensor inputs = TensorFiles.read(PFPLD.resolve("inputs.f32"), 4, 3, 112, 112);
        Tensor pose = TensorFiles.read(PFPLD.resolve("pose.f32"), 4, 3);
        Tensor landms = TensorFiles.read(PFPLD.resolve("landms.f32"), 4, 196);
        try (ModelRunner runner = Backends.byName("java").open(PFPLD.resolve("pfpld.onnx"), BackendOptions.DEFAULT)) {
            assertEquals("java", runner.backend());
            assertEquals(List.of("input"), runner.inputs().stream().map(TensorDescriptor::name).toList());
            assertArrayEquals(new long[] {-1, 3, 112, 112}, runner.inputs().get(0).shape());
            assertEquals(List.of("pose", "landms"), runner.outputs().stream().map(TensorDescriptor::name).toList());
            for (int n = 0; n < 4; n++) {
                Map<String, Tensor> out = runner.run(Map.of("input", batchItem(inputs, n)));
                assertEquals(List.of("pose", "landms"), List.copyOf(out.keySet()));
                assertClose("pose", batchItem(pose, n), out.get("pose"));
                assertClose("landms", batchItem(landms, n), out.get("landms"));
            }
        }
    }

    @Test
    void reproducesThePyTorchOutputsOfThePfpldTopologyAsABatchOfFour() throws Exception {
        Tensor inputs = TensorFiles.read(PFPLD.resolve("inputs.f32"), 4, 3, 112, 112);
        try (ModelRunner runner = Backends.byName("java").open(PFPLD.resolve("pfpld.onnx"), BackendOptions.DEFAULT)) {
            Map<String, Tensor> out = runner.run(Map.of("input", inputs));
            assertClose("pose", TensorFiles.read(PFPLD.resolve("pose.f32"), 4, 3), out.get("pose"));
            assertClose("landms", TensorFiles.read(PFPLD.resolve("landms.f32"), 4, 196), out.get("landms"));
        }
    }

    @Test
    void twoThreadsGiveTheSameNumbersAsOne() throws Exception {
        Tensor inputs = TensorFiles.read(PFPLD.resolve("inputs.f32"), 4, 3, 112, 112);
        Map<String, Tensor> one;
        try (ModelRunner runner = Backends.byName("java").open(PFPLD.resolve("pfpld.onnx"), BackendOptions.DEFAULT)) {
            one = runner.run(Map.of("input", inputs));
        }
        try (ModelRunner runner = Backends.byName("java").open(PFPLD.resolve("pfpld.onnx"), new BackendOptions(2))) {
            assertEquals(one, runner.run(Map.of("input", inputs)));
        }
    }

    @Test
    void wrongInputNameOrShapeIsRefusedWithWhatWasExpected() throws Exception {
        try (ModelRunner runner = Backends.byName("java").open(PFPLD.resolve("pfpld.onnx"), BackendOptions.DEFAULT)) {
            Tensor wrongShape = Tensor.of(new float[3 * 96 * 96], 1, 3, 96, 96);
            ModelException shape = assertThrows(ModelException.class, () -> runner.run(Map.of("input", wrongShape)));
            assertTrue(shape.getMessage().contains("must have shape [-1, 3, 112, 112]"), shape.getMessage());
            ModelException name = assertThrows(ModelException.class, () -> runner.run(Map.of("data", wrongShape)));
            assertTrue(name.getMessage().contains("no input named 'data'"), name.getMessage());
        }
    }
}
