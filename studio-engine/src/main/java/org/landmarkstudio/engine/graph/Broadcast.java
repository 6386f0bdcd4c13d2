package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import org.landmarkstudio.engine.tensor.Tensor;

/** NumPy-style broadcasting for the element-wise operators: the common shape, and a value expanded to it. */
final class Broadcast {

    private Broadcast() {
    }

    /** The broadcast shape of {@code a} and {@code b}: aligned at the right, each dimension equal or 1. */
    static int[] shape(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = dim(a, i - rank + a.length);
            int db = dim(b, i - rank + b.length);
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("shapes " + Arrays.toString(a) + " and " + Arrays.toString(b)
                        + " do not broadcast");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    private static int dim(int[] shape, int i) {
        return i < 0 ? 1 : shape[i];
    }

    /** {@code value}'s data repeated to fill {@code shape}. */
    static float[] expand(Blob value, int[] shape) {
        int rank = shape.length;
        int[] src = value.shape();
        int[] strides = new int[rank];
        int stride = 1;
        for (int i = rank - 1; i >= 0; i--) {
            int d = dim(src, i - rank + src.length);
            strides[i] = d == 1 ? 0 : stride;
            stride *= d;
        }
        float[] out = new float[Math.toIntExact(Tensor.elementCount(shape))];
        int[] index = new int[rank];
        for (int i = 0; i < out.length; i++) {
            int offset = 0;
            for (int d = 0; d < rank; d++) {
                offset += index[d] * strides[d];
            }
            out[i] = value.data()[offset];
            for (int d = rank - 1; d >= 0; d--) {
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return out;
    }
}
