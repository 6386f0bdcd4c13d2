package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;

/** Checks operators share on their input shapes, so every operator words its errors the same way. */
final class Shapes {

    private Shapes() {
    }

    /** Fails unless {@code inputs} has between {@code min} and {@code max} shapes. */
    static void arity(List<int[]> inputs, int min, int max) {
        if (inputs.size() < min || inputs.size() > max) {
            throw new IllegalArgumentException("expected " + (min == max ? "" + min : min + " to " + max)
                    + " inputs, got " + inputs.size());
        }
    }

    /** Fails unless {@code shape} has {@code rank} dimensions. */
    static void rank(int[] shape, int rank, String what) {
        if (shape.length != rank) {
            throw new IllegalArgumentException(what + " must have " + rank + " dimensions, not " + Arrays.toString(shape));
        }
    }
}
