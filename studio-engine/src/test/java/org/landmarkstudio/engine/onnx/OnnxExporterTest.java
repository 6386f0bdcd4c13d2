package org.landmarkstudio.engine.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landmarkstudio.engine.testing.TensorAssert.assertClose;
import static org.landmarkstudio.engine.testing.TensorAssert.batchItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.graph.Graph;
import org.landmarkstudio.engine.graph.NearestResize;
import org.landmarkstudio.engine.graph.Node;
import org.landmarkstudio.engine.graph.ValueInfo;
import org.landmarkstudio.engine.java.JavaModelRunner;
import org.landmarkstudio.engine.tensor.Tensor;
import org.landmarkstudio.engine.tensor.TensorFiles;

/**
 * Exported models must run in ONNX Runtime with the original's outputs, and import again to a graph
 * that computes the same: the PFPLD-topology reference model and the two simplified UltraFace detectors.
 */
class OnnxExporterTest {

    private static final Path PFPLD = Fixtures.reference().resolve("pfpld-random-s7");

    @TempDir
    Path dir;

    @Test
    void exportedPfpldReproducesTheOriginalInOnnxRuntime() throws Exception {
        Tensor inputs = TensorFiles.read(PFPLD.resolve("inputs.f32"), 4, 3, 112, 112);
        for (int n = 0; n < 4; n++) {
            assertSameOutputs(PFPLD.resolve("pfpld.onnx"), Map.of("input", batchItem(inputs, n)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RFB-320/onnx/version-RFB-320_simplified.onnx", "slim-320/onnx/version-slim-320_simplified.onnx"})
    void exportedUltraFaceReproducesTheOriginalInOnnxRuntime(String model) throws Exception {
        assertSameOutputs(Fixtures.real("ultraface").resolve(model), Map.of("input", syntheticImage()));
    }

    @Test
    void unsupportedOperatorFailsNamingTheNode() {
        Graph graph = new Graph(List.of(new ValueInfo("x", new int[] {1, 1, 2, 2})), Map.of(),
                List.of(new Node("upscale", List.of("x"), "y", new NearestResize(new float[] {1, 1, 2, 2}, null,
                        NearestResize.Transform.ASYMMETRIC, NearestResize.Rounding.FLOOR))),
                List.of(new ValueInfo("y", new int[] {1, 1, 4, 4})));
        Path file = dir.resolve("resize.onnx");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnnxExporter.write(graph, file));
        assertTrue(e.getMessage().contains("Resize node 'upscale'"), e.getMessage());
        assertTrue(Files.notExists(file), "nothing written");
    }

    /**
     * The exported file in ONNX Runtime gives the original's outputs to 1e-5 of each output's scale;
     * the exported graph, imported again, computes exactly what the original graph computes, and
     * exporting it a second time writes the same model.
     */
    private void assertSameOutputs(Path original, Map<String, Tensor> input) throws Exception {
        Graph graph = OnnxImporter.read(original);
        Path exported = dir.resolve("exported.onnx");
        OnnxExporter.write(graph, exported);
        Map<String, Tensor> expected = runFloat(original, input);
        Map<String, Tensor> actual = runFloat(exported, input);
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertClose(name, expected.get(name), actual.get(name), 1e-5);
        }
        Graph reimported = OnnxImporter.read(exported);
        Path again = dir.resolve("again.onnx");
        OnnxExporter.write(reimported, again);
        assertEquals(OnnxExporter.toModel(reimported), OnnxExporter.toModel(OnnxImporter.read(again)),
                "a second round trip changes the model");
        Map<String, Tensor> first = runJava(graph, input);
        Map<String, Tensor> second = runJava(OnnxImporter.read(again), input);
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name).toArray(), second.get(name).toArray(), name);
        }
    }

    private static Map<String, Tensor> runFloat(Path model, Map<String, Tensor> input) throws Exception {
        try (ModelRunner runner = Backends.byName("float").open(model, BackendOptions.DEFAULT)) {
            return runner.run(input);
        }
    }

    private static Map<String, Tensor> runJava(Graph graph, Map<String, Tensor> input) throws Exception {
        try (ModelRunner runner = new JavaModelRunner("round trip", graph, 1)) {
            return runner.run(input);
        }
    }

    /** A deterministic image-like input 1x3x240x320 in the detectors' [-1, 1] range. */
    private static Tensor syntheticImage() {
        float[] data = new float[3 * 240 * 320];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) Math.sin(i * 0.013 + (i % 320) * 0.07);
        }
        return Tensor.of(data, 1, 3, 240, 320);
    }
}
