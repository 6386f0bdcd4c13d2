package org.landmarkstudio.engine.tensor;

import java.util.Arrays;

/**
 * A dense float32 tensor in row-major (C) order with its shape.
 *
 * <p>Immutable: the factory and {@link #toArray()} copy, so a tensor handed to a backend can
 * never change under it.
 */
public final class Tensor {

    private final int[] shape;
    private final float[] data;

    private Tensor(int[] shape, float[] data) {
        this.shape = shape;
        this.data = data;
    }

    /**
     * A tensor of {@code shape} holding a copy of {@code data}.
     *
     * @throws IllegalArgumentException when a dimension is negative or the sizes differ
     */
    public static Tensor of(float[] data, int... shape) {
        long size = elementCount(shape);
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + format(shape) + " holds " + size
                    + " values, but " + data.length + " were given");
        }
        return new Tensor(shape.clone(), data.clone());
    }

    /** The number of values a tensor of {@code shape} holds. */
    public static long elementCount(int... shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + format(shape));
            }
            n *= d;
        }
        return n;
    }

    /** {@code 1x3x112x112}. */
    public static String format(int... shape) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : "x").append(shape[i]);
        }
        return s.toString();
    }

    public int[] shape() {
        return shape.clone();
    }

    /** Number of values. */
    public int size() {
        return data.length;
    }

    /** The value at flat (row-major) index {@code i}. */
    public float get(int i) {
        return data[i];
    }

    /** A copy of the values. */
    public float[] toArray() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor other && Arrays.equals(shape, other.shape) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor[" + format(shape) + "]";
    }
}
