package org.landmarkstudio.engine.java;

import org.landmarkstudio.engine.graph.Node;
import org.landmarkstudio.engine.graph.Op;

/**
 * Chooses the operator each node of a graph runs with: the hook through which backends that
 * simulate other arithmetic (ncnn's int8 layers, HiSilicon NNIE's 8- and 16-bit quantization)
 * replace the graph's fp32 operators node by node, while the graph itself, its shapes and its
 * weights stay as they were imported.
 *
 * <p>A substituted node runs exactly as given: the runner fuses a ReLU into a convolution only when
 * both keep their own fp32 operators, so a substitute sees the values its own arithmetic produces.
 */
@FunctionalInterface
public interface OpSubstitution {

    /** Every node runs the graph's own fp32 operator. */
    OpSubstitution FP32 = Node::op;

    /** The operator to run for {@code node}; {@code node.op()} keeps the graph's arithmetic. */
    Op forNode(Node node);
}
