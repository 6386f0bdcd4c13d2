package org.landmarkstudio.engine.java;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.landmarkstudio.engine.graph.Activation;
import org.landmarkstudio.engine.graph.Blob;
import org.landmarkstudio.engine.graph.Conv;
import org.landmarkstudio.engine.graph.Graph;
import org.landmarkstudio.engine.graph.Node;
import org.landmarkstudio.engine.graph.Op;
import org.landmarkstudio.engine.graph.Relu;
import org.landmarkstudio.engine.graph.ValueInfo;
import org.landmarkstudio.engine.graph.Workers;

/**
 * The order in which the {@code java} backend runs a graph's nodes, with each {@code Relu} that is
 * the only reader of a convolution's output folded into that convolution (ncnn's
 * {@code ncnnoptimize} does the same), and the step after which each activation can be dropped.
 *
 * <p>The graph itself is left as it was, so exports and inspection still see the {@code Relu} nodes;
 * a fused step computes exactly what the two nodes computed, as the ReLU of each stored sum.
 */
final class ExecutionPlan {

    /**
     * One step: a node, the operator it runs, possibly with a fused activation writing the
     * activation's output instead.
     *
     * @param node the node (its inputs, its name for messages)
     * @param op the operator that runs: the node's own, or its substitute
     * @param activation applied as the output is stored ({@link Activation#NONE} when nothing was fused)
     * @param output the name of the value the step produces
     */
    record Step(Node node, Op op, Activation activation, String output) {

        Blob run(List<Blob> inputs, Workers workers) {
            if (activation != Activation.NONE && op instanceof Conv conv) {
                return conv.forward(inputs, workers, activation);
            }
            return op.forward(inputs, workers);
        }
    }

    private final List<Step> steps;
    private final Map<String, Integer> lastUses = new HashMap<>();

    /** The plan of {@code graph} with every node's own fp32 operator. */
    ExecutionPlan(Graph graph) {
        this(graph, OpSubstitution.FP32);
    }

    /** The plan of {@code graph}, each node running the operator {@code substitution} gives it. */
    ExecutionPlan(Graph graph, OpSubstitution substitution) {
        Set<String> graphOutputs = new HashSet<>();
        for (ValueInfo out : graph.outputs()) {
            graphOutputs.add(out.name());
        }
        Map<String, List<Node>> readers = new HashMap<>();
        for (Node node : graph.nodes()) {
            for (String in : node.inputs()) {
                readers.computeIfAbsent(in, k -> new ArrayList<>()).add(node);
            }
        }
        Set<Node> folded = new HashSet<>();
        List<Step> planned = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (folded.contains(node)) {
                continue;
            }
            Op op = substitution.forNode(node);
            List<Node> next = readers.getOrDefault(node.output(), List.of());
            if (op == node.op() && op instanceof Conv && next.size() == 1 && next.get(0).op() instanceof Relu
                    && substitution.forNode(next.get(0)) == next.get(0).op() && !graphOutputs.contains(node.output())) {
                folded.add(next.get(0));
                planned.add(new Step(node, op, Activation.RELU, next.get(0).output()));
            } else {
                planned.add(new Step(node, op, Activation.NONE, node.output()));
            }
        }
        this.steps = List.copyOf(planned);
        for (int i = 0; i < steps.size(); i++) {
            for (String in : steps.get(i).node().inputs()) {
                lastUses.put(in, i);
            }
        }
        for (String out : graphOutputs) {
            lastUses.put(out, Integer.MAX_VALUE);
        }
    }

    List<Step> steps() {
        return steps;
    }

    /** Whether value {@code name} is read by no step after step {@code index}. */
    boolean lastReadAt(String name, int index) {
        return lastUses.getOrDefault(name, -1) == index;
    }
}
