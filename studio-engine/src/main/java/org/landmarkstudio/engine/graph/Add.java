package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;

/**
 * Element-wise sum (ONNX {@code Add}) with NumPy-style broadcasting, as residual connections and
 * bias additions need.
 */
public final class Add implements Op {

    @Override
    public String type() {
        return "Add";
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 2, 2);
        return Broadcast.shape(inputs.get(0), inputs.get(1));
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob a = inputs.get(0);
        Blob b = inputs.get(1);
        int[] shape = outputShape(List.of(a.shape(), b.shape()));
        float[] out = new float[a.data().length];
        if (Arrays.equals(a.shape(), b.shape())) {
            float[] x = a.data();
            float[] y = b.data();
            for (int i = 0; i < out.length; i++) {
                out[i] = x[i] + y[i];
            }
            return new Blob(shape, out);
        }
        Blob result = Blob.zeros(shape);
        float[] x = Broadcast.expand(a, shape);
        float[] y = Broadcast.expand(b, shape);
        for (int i = 0; i < x.length; i++) {
            result.data()[i] = x[i] + y[i];
        }
        return result;
    }
}
