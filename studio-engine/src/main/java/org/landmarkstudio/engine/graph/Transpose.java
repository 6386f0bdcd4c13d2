package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * A permutation of the axes (ONNX {@code Transpose}); detector heads use it to turn NCHW maps into
 * per-anchor rows. Without {@code perm} the axes reverse.
 */
public final class Transpose implements Op {

    private final int[] perm;

    /** @param perm output axis i is input axis {@code perm[i]}; empty to reverse the axes */
    public Transpose(int[] perm) {
        this.perm = perm.clone();
    }

    @Override
    public String type() {
        return "Transpose";
    }

    @Override
    public OnnxForm onnxForm() {
        OnnxForm form = OnnxForm.of(type());
        return perm.length == 0 ? form : form.with("perm", Arrays.stream(perm).asLongStream().toArray());
    }

    private int[] permutation(int rank) {
        if (perm.length == 0) {
            int[] reversed = new int[rank];
            for (int i = 0; i < rank; i++) {
                reversed[i] = rank - 1 - i;
            }
            return reversed;
        }
        int[] sorted = perm.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] != i || sorted.length != rank) {
                throw new IllegalArgumentException("perm " + Arrays.toString(perm) + " is no permutation of " + rank + " axes");
            }
        }
        return perm;
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        int[] p = permutation(x.length);
        int[] out = new int[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[p[i]];
        }
        return out;
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        int[] in = x.shape();
        int rank = in.length;
        int[] p = permutation(rank);
        int[] shape = outputShape(List.of(in));
        int[] inStrides = new int[rank];
        int stride = 1;
        for (int d = rank - 1; d >= 0; d--) {
            inStrides[d] = stride;
            stride *= in[d];
        }
        int[] strides = new int[rank];
        for (int i = 0; i < rank; i++) {
            strides[i] = inStrides[p[i]];
        }
        float[] out = new float[Math.toIntExact(Tensor.elementCount(shape))];
        int[] index = new int[rank];
        int offset = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = x.data()[offset];
            for (int d = rank - 1; d >= 0; d--) {
                offset += strides[d];
                if (++index[d] < shape[d]) {
                    break;
                }
                offset -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
        return new Blob(shape, out);
    }
}
