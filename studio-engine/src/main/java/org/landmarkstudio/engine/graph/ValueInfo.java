package org.landmarkstudio.engine.graph;

import java.util.Arrays;

/**
 * A graph input or output: its name and shape, with -1 for a dimension the model leaves open.
 *
 * @param name the value's name
 * @param shape the dimensions; -1 where free (such as a dynamic batch)
 */
public record ValueInfo(String name, int[] shape) {

    public ValueInfo {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueInfo other && name.equals(other.name) && Arrays.equals(shape, other.shape);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
