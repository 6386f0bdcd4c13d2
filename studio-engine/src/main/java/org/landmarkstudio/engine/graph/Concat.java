package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;

/** Joining along one axis (ONNX {@code Concat}); all other dimensions must agree. */
public final class Concat implements Op {

    private final int axis;

    /** @param axis the axis to join along; negative counts from the end */
    public Concat(int axis) {
        this.axis = axis;
    }

    @Override
    public String type() {
        return "Concat";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).with("axis", (long) axis);
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("expected at least 1 input");
        }
        int[] out = inputs.get(0).clone();
        int a = axis(out.length);
        out[a] = 0;
        for (int[] in : inputs) {
            for (int d = 0; d < out.length; d++) {
                if (in.length != out.length || d != a && in[d] != out[d]) {
                    throw new IllegalArgumentException("shapes differ outside axis " + axis + ": "
                            + Arrays.toString(in) + " vs " + Arrays.toString(inputs.get(0)));
                }
            }
            out[a] += in[a];
        }
        return out;
    }

    private int axis(int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new IllegalArgumentException("axis " + axis + " is outside rank " + rank);
        }
        return a;
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        int[] shape = outputShape(inputs.stream().map(Blob::shape).toList());
        int a = axis(shape.length);
        int outer = 1;
        for (int d = 0; d < a; d++) {
            outer *= shape[d];
        }
        int inner = 1;
        for (int d = a + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        Blob out = Blob.zeros(shape);
        int outRow = shape[a] * inner;
        int start = 0;
        for (Blob in : inputs) {
            int row = in.dim(a) * inner;
            for (int o = 0; o < outer; o++) {
                System.arraycopy(in.data(), o * row, out.data(), o * outRow + start, row);
            }
            start += row;
        }
        return out;
    }
}
