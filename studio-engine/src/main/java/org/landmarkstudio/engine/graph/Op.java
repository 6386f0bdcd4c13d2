package org.landmarkstudio.engine.graph;

import java.util.List;

/**
 * One operator of the graph engine: its output shape from its input shapes, and its fp32 forward pass.
 *
 * <p>Every operator has exactly one output. Inputs arrive in the order the model file lists them,
 * weights included (a convolution gets data, weight and optional bias), so that a graph can be run,
 * inspected and exported with the weights kept as named values.
 */
public interface Op {

    /** The operator's name in ONNX terms ({@code Conv}, {@code Gemm}, ...). */
    String type();

    /**
     * The shape of the output for inputs of {@code inputs}' shapes.
     *
     * @throws IllegalArgumentException saying what was expected when the shapes do not fit the operator
     */
    int[] outputShape(List<int[]> inputs);

    /** Computes the output; never writes into {@code inputs}. */
    Blob forward(List<Blob> inputs);

    /**
     * Computes the output with {@code workers}' threads; operators too cheap to split compute it on
     * the calling thread.
     */
    default Blob forward(List<Blob> inputs, Workers workers) {
        return forward(inputs);
    }

    /**
     * The operator as an ONNX opset-11 node, so that a graph can be exported again.
     *
     * @throws NoOnnxFormException when this operator (or this setting of it) has no opset-11
     *     form the exporter writes; exporters name the node in their own message
     */
    default OnnxForm onnxForm() {
        throw new NoOnnxFormException("no ONNX export for operator " + type());
    }
}
