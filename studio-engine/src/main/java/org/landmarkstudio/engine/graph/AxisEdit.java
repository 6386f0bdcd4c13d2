package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;

/**
 * Inserting or removing axes of size 1 (ONNX {@code Unsqueeze} and {@code Squeeze}): the values stay,
 * only the shape changes, so the data is shared.
 */
public final class AxisEdit implements Op {

    private final boolean insert;
    private final long[] axes;

    /**
     * @param insert true for {@code Unsqueeze} (axes index the output), false for {@code Squeeze}
     *     (axes index the input; none given removes every axis of size 1)
     * @param axes the axes; negative count from the end
     */
    public AxisEdit(boolean insert, long[] axes) {
        this.insert = insert;
        this.axes = axes.clone();
    }

    @Override
    public String type() {
        return insert ? "Unsqueeze" : "Squeeze";
    }

    /** Opset 11 keeps the axes as an attribute; a Squeeze without axes drops every axis of size 1. */
    @Override
    public OnnxForm onnxForm() {
        OnnxForm form = OnnxForm.of(type());
        return axes.length == 0 ? form : form.with("axes", axes.clone());
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        int rank = insert ? x.length + axes.length : x.length;
        boolean[] marked = new boolean[rank];
        for (long a : axes) {
            int axis = Math.toIntExact(a < 0 ? a + rank : a);
            if (axis < 0 || axis >= rank || marked[axis]) {
                throw new IllegalArgumentException("axes " + Arrays.toString(axes) + " do not fit rank " + rank);
            }
            marked[axis] = true;
        }
        int[] out = new int[insert ? rank : rank - (axes.length == 0 ? countOnes(x) : axes.length)];
        int o = 0;
        int in = 0;
        for (int d = 0; d < rank; d++) {
            if (insert) {
                out[o++] = marked[d] ? 1 : x[in++];
            } else if (marked[d] || axes.length == 0 && x[d] == 1) {
                if (x[d] != 1) {
                    throw new IllegalArgumentException("axis " + d + " has size " + x[d] + ", not 1");
                }
            } else {
                out[o++] = x[d];
            }
        }
        return out;
    }

    private static int countOnes(int[] x) {
        return (int) Arrays.stream(x).filter(d -> d == 1).count();
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        return new Blob(outputShape(List.of(x.shape())), x.data());
    }
}
