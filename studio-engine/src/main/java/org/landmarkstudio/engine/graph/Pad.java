package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Constant padding (ONNX {@code Pad}, mode {@code constant}) with pads fixed when the model is
 * loaded. PyTorch exports a pooling layer's padding as such a node in front of the pool.
 */
public final class Pad implements Op {

    private final int[] pads;
    private final float value;

    /**
     * @param pads the begin pads of every axis, then the end pads (ONNX order); none negative
     * @param value the fill value
     */
    public Pad(int[] pads, float value) {
        for (int p : pads) {
            if (p < 0) {
                throw new IllegalArgumentException("negative pads " + Arrays.toString(pads) + " are not supported");
            }
        }
        this.pads = pads.clone();
        this.value = value;
    }

    @Override
    public String type() {
        return "Pad";
    }

    /** Opset 11 takes pads as an INT64 input and the fill value as a float scalar input. */
    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).with("mode", "constant")
                .withInput(OnnxForm.Constant.int64(Arrays.stream(pads).asLongStream().toArray()))
                .withInput(OnnxForm.Constant.scalar(value));
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        if (pads.length != 2 * x.length) {
            throw new IllegalArgumentException(pads.length + " pads do not fit a rank-" + x.length + " input");
        }
        int[] out = new int[x.length];
        for (int d = 0; d < x.length; d++) {
            out[d] = x[d] + pads[d] + pads[d + x.length];
        }
        return out;
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        int[] shape = outputShape(List.of(x.shape()));
        float[] out = new float[Math.toIntExact(Tensor.elementCount(shape))];
        Arrays.fill(out, value);
        int rank = shape.length;
        int[] in = x.shape();
        int rowLength = in[rank - 1];
        int rows = rowLength == 0 ? 0 : x.data().length / rowLength;
        int[] index = new int[rank - 1];
        for (int r = 0; r < rows; r++) {
            int offset = 0;
            for (int d = 0; d < rank - 1; d++) {
                offset = offset * shape[d] + index[d] + pads[d];
            }
            offset = offset * shape[rank - 1] + pads[rank - 1];
            System.arraycopy(x.data(), r * rowLength, out, offset, rowLength);
            for (int d = rank - 2; d >= 0; d--) {
                if (++index[d] < in[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return new Blob(shape, out);
    }
}
