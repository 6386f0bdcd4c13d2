package org.landmarkstudio.engine.graph;

import jdk.incubator.vector.FloatVector;

/**
 * The element-wise function a convolution or matrix product applies to its result before storing
 * it, so that a following {@code Relu} costs no extra pass over memory (ncnn's fused activation).
 *
 * <p>Fusion is a decision of the runner, never of the graph: the graph keeps its {@code Relu} nodes,
 * so exports and inspection see the model as it was written.
 */
public enum Activation {

    /** The value as computed. */
    NONE,

    /** {@code max(x, 0)}, as ONNX {@code Relu}. */
    RELU;

    float apply(float x) {
        return this == RELU ? Math.max(x, 0f) : x;
    }

    FloatVector apply(FloatVector x) {
        return this == RELU ? x.max(0f) : x;
    }
}
