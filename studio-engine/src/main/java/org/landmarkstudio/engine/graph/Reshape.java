package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * A new shape for the same values (ONNX {@code Reshape}) with a target fixed when the model is loaded:
 * 0 keeps the input's dimension, -1 takes what is left (so {@code [0, -1]} flattens any batch).
 */
public final class Reshape implements Op {

    private final long[] target;

    /** @param target the shape input of the ONNX node, read from the model's constants */
    public Reshape(long[] target) {
        this.target = target.clone();
    }

    @Override
    public String type() {
        return "Reshape";
    }

    /** The target shape goes back to being the second input. */
    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).withInput(OnnxForm.Constant.int64(target));
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        long size = Tensor.elementCount(x);
        int[] out = new int[target.length];
        int free = -1;
        long known = 1;
        for (int i = 0; i < target.length; i++) {
            long t = target[i];
            if (t == -1) {
                if (free >= 0) {
                    throw new IllegalArgumentException("target shape " + Arrays.toString(target) + " has two -1");
                }
                free = i;
                continue;
            }
            if (t == 0 && i >= x.length || t < -1) {
                throw new IllegalArgumentException("target shape " + Arrays.toString(target) + " is not valid here");
            }
            out[i] = t == 0 ? x[i] : Math.toIntExact(t);
            known *= out[i];
        }
        if (free >= 0) {
            if (known == 0 || size % known != 0) {
                throw new IllegalArgumentException("cannot reshape " + size + " values to " + Arrays.toString(target));
            }
            out[free] = Math.toIntExact(size / known);
        } else if (known != size) {
            throw new IllegalArgumentException("cannot reshape " + size + " values to " + Arrays.toString(target));
        }
        return out;
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        return new Blob(outputShape(List.of(x.shape())), x.data());
    }
}
