package org.landmarkstudio.engine.graph;

import java.util.List;

/**
 * The normalized exponential (ONNX {@code Softmax}), for detector class scores.
 *
 * <p>Before opset 13 ONNX flattens the input to a matrix at {@code axis} and normalizes each row over
 * all trailing dimensions; from opset 13 it normalizes along the one axis. Both forms are a softmax
 * over {@code inner} consecutive values repeated with a stride, so one loop serves both.
 */
public final class Softmax implements Op {

    private final int axis;
    private final boolean trailing;

    /**
     * @param axis the axis; negative counts from the end
     * @param trailing whether to normalize over every dimension from {@code axis} on (opset before 13)
     */
    public Softmax(int axis, boolean trailing) {
        this.axis = axis;
        this.trailing = trailing;
    }

    @Override
    public String type() {
        return "Softmax";
    }

    /** Opset 11 has only the trailing form; the one-axis form of opset 13 is not written. */
    @Override
    public OnnxForm onnxForm() {
        if (!trailing) {
            throw new NoOnnxFormException("no opset-11 form for the opset-13 Softmax over the one axis " + axis);
        }
        return OnnxForm.of(type()).with("axis", (long) axis);
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        int a = axis < 0 ? axis + x.length : axis;
        if (a < 0 || a >= x.length) {
            throw new IllegalArgumentException("axis " + axis + " is outside rank " + x.length);
        }
        return x.clone();
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        int[] shape = outputShape(List.of(x.shape()));
        int a = axis < 0 ? axis + shape.length : axis;
        int length = 1;
        int stride = 1;
        for (int d = a; d < shape.length; d++) {
            if (trailing || d == a) {
                length *= shape[d];
            } else {
                stride *= shape[d];
            }
        }
        float[] in = x.data();
        float[] out = new float[in.length];
        int groups = in.length / Math.max(1, length * stride);
        for (int g = 0; g < groups; g++) {
            for (int s = 0; s < stride; s++) {
                int base = g * length * stride + s;
                float max = Float.NEGATIVE_INFINITY;
                for (int i = 0; i < length; i++) {
                    max = Math.max(max, in[base + i * stride]);
                }
                double sum = 0;
                for (int i = 0; i < length; i++) {
                    float e = (float) Math.exp(in[base + i * stride] - max);
                    out[base + i * stride] = e;
                    sum += e;
                }
                for (int i = 0; i < length; i++) {
                    out[base + i * stride] /= (float) sum;
                }
            }
        }
        return new Blob(shape, out);
    }
}
