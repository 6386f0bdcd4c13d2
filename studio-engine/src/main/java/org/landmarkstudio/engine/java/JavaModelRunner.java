package org.landmarkstudio.engine.java;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landmarkstudio.engine.backend.InputCheck;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.backend.TensorDescriptor;
import org.landmarkstudio.engine.graph.Blob;
import org.landmarkstudio.engine.graph.Graph;
import org.landmarkstudio.engine.graph.Node;
import org.landmarkstudio.engine.graph.ValueInfo;
import org.landmarkstudio.engine.graph.Workers;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Runs a {@link Graph} step by step in the order of its {@link ExecutionPlan} (a convolution's
 * {@code Relu} fused into it); convolutions split their output channels over the requested
 * threads, everything else runs on the calling thread. Weights are unpacked once when the runner
 * is made; each activation is dropped after the last node that reads it, so peak memory is the
 * widest cut of the graph rather than the sum of its layers.
 */
public final class JavaModelRunner implements ModelRunner {

    private final String source;
    private final Graph graph;
    private final Map<String, Blob> weights = new HashMap<>();
    private final ExecutionPlan plan;
    private final Workers workers;
    private final List<TensorDescriptor> inputs;
    private final List<TensorDescriptor> outputs;

    /**
     * A runner for {@code graph}.
     *
     * @param source how messages name the model (its file)
     * @param threads how many threads the heavy operators may use
     */
    public JavaModelRunner(String source, Graph graph, int threads) {
        this(source, graph, threads, OpSubstitution.FP32);
    }

    /**
     * A runner whose nodes run the operators {@code substitution} chooses (the hook of backends that
     * simulate quantized arithmetic).
     *
     * @param source how messages name the model (its file)
     * @param threads how many threads the heavy operators may use
     */
    public JavaModelRunner(String source, Graph graph, int threads, OpSubstitution substitution) {
        this.source = source;
        this.graph = graph;
        this.workers = new Workers(threads);
        graph.initializers().forEach((name, t) -> weights.put(name, Blob.of(t)));
        this.plan = new ExecutionPlan(graph, substitution);
        this.inputs = describe(graph.inputs());
        this.outputs = describe(graph.outputs());
    }

    @Override
    public String backend() {
        return JavaBackendProvider.NAME;
    }

    @Override
    public List<TensorDescriptor> inputs() {
        return inputs;
    }

    @Override
    public List<TensorDescriptor> outputs() {
        return outputs;
    }

    @Override
    public Map<String, Tensor> run(Map<String, Tensor> values) throws ModelException {
        InputCheck.check(source, inputs, values);
        Map<String, Blob> live = new HashMap<>(weights);
        values.forEach((name, t) -> live.put(name, Blob.of(t)));
        List<ExecutionPlan.Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            ExecutionPlan.Step step = steps.get(i);
            Node node = step.node();
            List<Blob> in = new ArrayList<>(node.inputs().size());
            for (String name : node.inputs()) {
                in.add(live.get(name));
            }
            try {
                live.put(step.output(), step.run(in, workers));
            } catch (IllegalArgumentException e) {
                throw new ModelException(source + ": " + node + ": " + e.getMessage() + " (input shapes "
                        + in.stream().map(b -> Arrays.toString(b.shape())).toList() + ")", e);
            }
            for (String name : node.inputs()) {
                if (plan.lastReadAt(name, i) && !weights.containsKey(name)) {
                    live.remove(name);
                }
            }
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (ValueInfo info : graph.outputs()) {
            out.put(info.name(), live.get(info.name()).toTensor());
        }
        return out;
    }

    @Override
    public void close() {
        weights.clear();
        workers.close();
    }

    private static List<TensorDescriptor> describe(List<ValueInfo> values) {
        List<TensorDescriptor> out = new ArrayList<>();
        for (ValueInfo v : values) {
            out.add(new TensorDescriptor(v.name(), Arrays.stream(v.shape()).asLongStream().toArray()));
        }
        return List.copyOf(out);
    }
}
