package org.landmarkstudio.engine.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.graph.Activation;
import org.landmarkstudio.engine.graph.Conv;
import org.landmarkstudio.engine.graph.Graph;
import org.landmarkstudio.engine.graph.Node;
import org.landmarkstudio.engine.graph.Relu;
import org.landmarkstudio.engine.graph.ValueInfo;
import org.landmarkstudio.engine.onnx.OnnxImporter;
import org.landmarkstudio.engine.tensor.Tensor;

class ExecutionPlanTest {

    @Test
    void foldsEveryReluThatIsTheOnlyReaderOfAConvolution() throws Exception {
        Graph graph = OnnxImporter.read(Fixtures.reference().resolve("pfpld-random-s7/pfpld.onnx"));
        long relus = graph.nodes().stream().filter(n -> n.op() instanceof Relu).count();
        ExecutionPlan plan = new ExecutionPlan(graph);
        long fused = plan.steps().stream().filter(s -> s.activation() == Activation.RELU).count();
        // ncnnoptimize fused 34 ReLU into this model's convolutions (reference/ncnn/pfpld-s7/README.txt).
        assertEquals(34, fused);
        assertEquals(graph.nodes().size() - fused, plan.steps().size());
        assertEquals(relus - fused, plan.steps().stream().filter(s -> s.node().op() instanceof Relu).count());
    }

    @Test
    void keepsTheReluWhenTheConvolutionOutputHasAnotherReader() {
        Conv conv = new Conv(1, new int[] {1, 1}, new int[] {0, 0, 0, 0}, new int[] {1, 1});
        Graph graph = new Graph(List.of(new ValueInfo("x", new int[] {1, 1, 2, 2})),
                Map.of("w", Tensor.of(new float[] {1f}, 1, 1, 1, 1)),
                List.of(new Node("conv", List.of("x", "w"), "y", conv),
                        new Node("relu", List.of("y"), "r", new Relu()),
                        new Node("relu2", List.of("y"), "s", new Relu())),
                List.of(new ValueInfo("r", new int[] {1, 1, 2, 2}), new ValueInfo("s", new int[] {1, 1, 2, 2})));
        ExecutionPlan plan = new ExecutionPlan(graph);
        assertEquals(3, plan.steps().size());
        assertTrue(plan.steps().stream().allMatch(s -> s.activation() == Activation.NONE));
        assertTrue(plan.lastReadAt("y", 2));
    }
}
