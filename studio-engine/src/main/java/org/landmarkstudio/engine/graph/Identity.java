package org.landmarkstudio.engine.graph;

import java.util.List;

/**
 * The value unchanged (ONNX {@code Identity}, and {@code Dropout} at inference), sharing its data:
 * exporters leave such nodes in front of graph outputs.
 */
public final class Identity implements Op {

    private final String type;

    /** @param type the ONNX operator this stands for ({@code Identity} or {@code Dropout}) */
    public Identity(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }

    /** Written as {@code Identity} even for a {@code Dropout}, which is one at inference. */
    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of("Identity");
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        return inputs.get(0).clone();
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        return inputs.get(0);
    }
}
