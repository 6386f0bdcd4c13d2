package org.landmarkstudio.engine.graph;

import java.util.List;

/** Flattening to a matrix (ONNX {@code Flatten}): dimensions before {@code axis} become rows, the rest columns. */
public final class Flatten implements Op {

    private final int axis;

    /** @param axis the first dimension of the columns; negative counts from the end */
    public Flatten(int axis) {
        this.axis = axis;
    }

    @Override
    public String type() {
        return "Flatten";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).with("axis", (long) axis);
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        int split = axis < 0 ? axis + x.length : axis;
        if (split < 0 || split > x.length) {
            throw new IllegalArgumentException("axis " + axis + " is outside a rank-" + x.length + " input");
        }
        int rows = 1;
        int cols = 1;
        for (int i = 0; i < x.length; i++) {
            if (i < split) {
                rows *= x[i];
            } else {
                cols *= x[i];
            }
        }
        return new int[] {rows, cols};
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        return new Blob(outputShape(List.of(x.shape())), x.data());
    }
}
