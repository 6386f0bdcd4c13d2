package org.landmarkstudio.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * A model as the graph engine runs it: graph inputs, constant weights (initializers), nodes in
 * topological order and graph outputs, all connected by value names.
 *
 * <p>Construction checks that the nodes really are in topological order (every input is defined
 * before it is read) and that every output is produced, so a runner can execute the nodes in list
 * order without checking again.
 */
public final class Graph {

    private final List<ValueInfo> inputs;
    private final Map<String, Tensor> initializers;
    private final List<Node> nodes;
    private final List<ValueInfo> outputs;

    /**
     * A checked graph.
     *
     * @throws IllegalArgumentException naming the node or value that reads an undefined value, or
     *     a value defined twice
     */
    public Graph(List<ValueInfo> inputs, Map<String, Tensor> initializers, List<Node> nodes, List<ValueInfo> outputs) {
        this.inputs = List.copyOf(inputs);
        this.initializers = Collections.unmodifiableMap(new LinkedHashMap<>(initializers));
        this.nodes = List.copyOf(nodes);
        this.outputs = List.copyOf(outputs);
        Set<String> defined = new HashSet<>(this.initializers.keySet());
        for (ValueInfo in : this.inputs) {
            if (!defined.add(in.name())) {
                throw new IllegalArgumentException("graph input '" + in.name() + "' is defined twice");
            }
        }
        for (Node node : this.nodes) {
            for (String in : node.inputs()) {
                if (!defined.contains(in)) {
                    throw new IllegalArgumentException(node + " reads '" + in
                            + "', which no graph input, initializer or earlier node defines");
                }
            }
            if (!defined.add(node.output())) {
                throw new IllegalArgumentException(node + " writes '" + node.output() + "', which is already defined");
            }
        }
        for (ValueInfo out : this.outputs) {
            if (!defined.contains(out.name())) {
                throw new IllegalArgumentException("graph output '" + out.name() + "' is never computed");
            }
        }
    }

    public List<ValueInfo> inputs() {
        return inputs;
    }

    /** The constant weights by name, unmodifiable. */
    public Map<String, Tensor> initializers() {
        return initializers;
    }

    /** The nodes in execution order. */
    public List<Node> nodes() {
        return nodes;
    }

    public List<ValueInfo> outputs() {
        return outputs;
    }

    /**
     * The shape of every value when the graph inputs have {@code inputShapes}.
     *
     * @throws IllegalArgumentException naming the node whose inputs do not fit its operator
     */
    public Map<String, int[]> inferShapes(Map<String, int[]> inputShapes) {
        Map<String, int[]> shapes = new HashMap<>();
        initializers.forEach((name, t) -> shapes.put(name, t.shape()));
        for (ValueInfo in : inputs) {
            int[] shape = inputShapes.get(in.name());
            if (shape == null) {
                throw new IllegalArgumentException("no shape given for graph input '" + in.name() + "'");
            }
            shapes.put(in.name(), shape.clone());
        }
        for (Node node : nodes) {
            List<int[]> in = new ArrayList<>();
            for (String name : node.inputs()) {
                in.add(shapes.get(name));
            }
            try {
                shapes.put(node.output(), node.op().outputShape(in));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(node + ": " + e.getMessage() + " (input shapes "
                        + in.stream().map(Arrays::toString).toList() + ")", e);
            }
        }
        return shapes;
    }
}
