package org.landmarkstudio.engine.graph;

import org.landmarkstudio.engine.tensor.Tensor;

/**
 * A float32 value flowing between operators: a shape and its row-major data, shared without copying.
 *
 * <p>Unlike {@link Tensor}, which copies to stay immutable at the API boundary, a blob hands out its
 * array, because copying every activation between 50 layers would cost as much as some of the layers.
 * The rule that keeps this safe: an operator never writes into its input blobs, only into the array of
 * the blob it returns.
 *
 * @param shape the dimensions, outermost first
 * @param data the values; its length is the product of {@code shape}
 */
public record Blob(int[] shape, float[] data) {

    public Blob {
        if (Tensor.elementCount(shape) != data.length) {
            throw new IllegalArgumentException("shape " + Tensor.format(shape) + " does not hold " + data.length + " values");
        }
    }

    /** A zero-filled blob of {@code shape}. */
    public static Blob zeros(int... shape) {
        return new Blob(shape, new float[Math.toIntExact(Tensor.elementCount(shape))]);
    }

    /** The blob of a tensor's values (one copy, made when a model is opened or run). */
    public static Blob of(Tensor tensor) {
        return new Blob(tensor.shape(), tensor.toArray());
    }

    /** An immutable copy for the caller. */
    public Tensor toTensor() {
        return Tensor.of(data, shape);
    }

    /** Dimension {@code axis}. */
    public int dim(int axis) {
        return shape[axis];
    }
}
