package org.landmarkstudio.engine.graph;

import java.util.List;

/**
 * One step of a graph: an operator applied to named values, producing one named value.
 *
 * @param name the node's name in the model file, for error messages
 * @param inputs the names of the values it reads, in the operator's order
 * @param output the name of the value it produces
 * @param op what it computes
 */
public record Node(String name, List<String> inputs, String output, Op op) {

    public Node {
        inputs = List.copyOf(inputs);
    }

    @Override
    public String toString() {
        return op.type() + " node '" + name + "'";
    }
}
