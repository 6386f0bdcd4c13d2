package org.landmarkstudio.engine.graph;

import java.util.List;

/** What the one-input element-wise operators share: the shape passes through, one function per value. */
abstract class ElementwiseUnary implements Op {

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
            out[i] = apply(in[i]);
        }
        return new Blob(inputs.get(0).shape(), out);
    }

    /** The result for one value. */
    abstract float apply(float x);
}
