package org.landmarkstudio.engine.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.landmarkstudio.engine.tensor.Tensor;

/** Tensor comparisons for backend tests, with the tolerance. */
public final class TensorAssert {

    private TensorAssert() {
    }

    /** Max abs error at most 1e-4 of the reference's largest magnitude (the tolerance). */
    public static void assertClose(String what, Tensor expected, Tensor actual) {
        assertClose(what, expected, actual, 1e-4);
    }

    /** Max abs error at most {@code relative} of the reference's largest magnitude. */
    public static void assertClose(String what, Tensor expected, Tensor actual, double relative) {
        assertArrayEquals(expected.shape(), actual.shape(), what);
        float scale = 0;
        for (int i = 0; i < expected.size(); i++) {
            scale = Math.max(scale, Math.abs(expected.get(i)));
        }
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), relative * scale, what + " value " + i);
        }
    }

    /** Item {@code n} of a batch, as a batch of one. */
    public static Tensor batchItem(Tensor batch, int n) {
        int[] shape = batch.shape();
        int per = batch.size() / shape[0];
        float[] item = new float[per];
        System.arraycopy(batch.toArray(), n * per, item, 0, per);
        shape[0] = 1;
        return Tensor.of(item, shape);
    }
}
