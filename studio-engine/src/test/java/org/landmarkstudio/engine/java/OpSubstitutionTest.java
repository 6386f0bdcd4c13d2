package org.landmarkstudio.engine.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.graph.Blob;
import org.landmarkstudio.engine.graph.Conv;
import org.landmarkstudio.engine.graph.Graph;
import org.landmarkstudio.engine.graph.LeakyRelu;
import org.landmarkstudio.engine.graph.Op;
import org.landmarkstudio.engine.graph.Relu;
import org.landmarkstudio.engine.onnx.OnnxImporter;
import org.landmarkstudio.engine.tensor.Tensor;
import org.landmarkstudio.engine.tensor.TensorFiles;

/** The per-node hook later backends use to substitute other arithmetic. */
class OpSubstitutionTest {

    private static final Path PFPLD = Fixtures.reference().resolve("pfpld-random-s7");

    @Test
    void everySubstitutedNodeRunsItsSubstituteAndTheResultIsUnchangedWhenTheArithmeticIs() throws Exception {
        Graph graph = OnnxImporter.read(PFPLD.resolve("pfpld.onnx"));
        long convolutions = graph.nodes().stream().filter(n -> n.op() instanceof Conv).count();
        AtomicInteger calls = new AtomicInteger();
        OpSubstitution counting = node -> node.op() instanceof Conv conv ? new Op() {
            @Override
            public String type() {
                return conv.type();
            }

            @Override
            public int[] outputShape(List<int[]> inputs) {
                return conv.outputShape(inputs);
            }

            @Override
            public Blob forward(List<Blob> inputs) {
                calls.incrementAndGet();
                return conv.forward(inputs);
            }
        } : node.op();
        Tensor input = TensorFiles.read(PFPLD.resolve("inputs.f32"), 4, 3, 112, 112);
        Map<String, Tensor> fp32;
        try (JavaModelRunner runner = new JavaModelRunner("fp32", graph, 1)) {
            fp32 = runner.run(Map.of("input", input));
        }
        try (JavaModelRunner runner = new JavaModelRunner("counted", graph, 1, counting)) {
            Map<String, Tensor> counted = runner.run(Map.of("input", input));
            assertEquals(convolutions, calls.get(), "each convolution ran through its substitute once");
            assertEquals(fp32, counted, "unfused ReLU after the substitute gives the same numbers");
        }
    }

    @Test
    void aSubstituteWithOtherArithmeticChangesTheOutputs() throws Exception {
        Graph graph = OnnxImporter.read(PFPLD.resolve("pfpld.onnx"));
        Tensor input = TensorFiles.read(PFPLD.resolve("inputs.f32"), 4, 3, 112, 112);
        OpSubstitution leaky = node -> node.op() instanceof Relu ? new LeakyRelu(0.5f) : node.op();
        try (JavaModelRunner fp32 = new JavaModelRunner("fp32", graph, 1);
                JavaModelRunner changed = new JavaModelRunner("leaky", graph, 1, leaky)) {
            float[] a = fp32.run(Map.of("input", input)).get("landms").toArray();
            float[] b = changed.run(Map.of("input", input)).get("landms").toArray();
            double difference = 0;
            for (int i = 0; i < a.length; i++) {
                difference = Math.max(difference, Math.abs(a[i] - b[i]));
            }
            assertTrue(difference > 1e-3, "the substituted activations reach the outputs: " + difference);
        }
    }
}
