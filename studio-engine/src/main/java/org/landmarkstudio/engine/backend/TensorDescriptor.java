package org.landmarkstudio.engine.backend;

import java.util.Arrays;

/**
 * A model input or output: its name and shape, with -1 for a dimension the model leaves open
 * (such as a dynamic batch).
 */
public record TensorDescriptor(String name, long[] shape) {

    public TensorDescriptor {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Whether a tensor of {@code actual} fits: same rank, and equal wherever the model fixes a size. */
    public boolean accepts(int[] actual) {
        if (actual.length != shape.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] >= 0 && shape[i] != actual[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
