package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;

/**
 * What the two-input element-wise operators share: NumPy-style broadcasting of the two inputs to a
 * common shape, then one function applied position by position.
 */
abstract class ElementwiseBinary implements Op {

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
        float[] x = Arrays.equals(a.shape(), shape) ? a.data() : Broadcast.expand(a, shape);
        float[] y = Arrays.equals(b.shape(), shape) ? b.data() : Broadcast.expand(b, shape);
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(x[i], y[i]);
        }
        return new Blob(shape, out);
    }

    /** The result at one position. */
    abstract float apply(float x, float y);
}
