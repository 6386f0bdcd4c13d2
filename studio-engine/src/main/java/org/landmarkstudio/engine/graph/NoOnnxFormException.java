package org.landmarkstudio.engine.graph;

/**
 * Thrown by an operator that cannot be written as ONNX opset 11 (for example Resize, or the
 * opset-13 single-axis Softmax); the exporter turns it into a message naming the node.
 */
public final class NoOnnxFormException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoOnnxFormException(String message) {
        super(message);
    }
}
