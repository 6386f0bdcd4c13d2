package org.landmarkstudio.engine.graph;

import java.util.List;

/** The rectifier (ONNX {@code Relu}): {@code max(x, 0)} element-wise. */
public final class Relu implements Op {

    @Override
    public String type() {
        return "Relu";
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        return inputs.get(0).clone();
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        float[] in = inputs.get(0).data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.max(in[i], 0f);
        }
        return new Blob(inputs.get(0).shape(), out);
    }
}
