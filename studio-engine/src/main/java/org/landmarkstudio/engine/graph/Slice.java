package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * A strided sub-range along some axes (ONNX {@code Slice}) with starts, ends, axes and steps fixed
 * when the model is loaded; detector exports use it to split box offsets from box sizes. Starts and
 * ends are clamped to the axis as ONNX specifies, negative values counting from the end.
 */
public final class Slice implements Op {

    private final long[] starts;
    private final long[] ends;
    private final long[] axes;
    private final long[] steps;

    /**
     * @param starts first index per sliced axis
     * @param ends end index (exclusive) per sliced axis
     * @param axes the sliced axes
     * @param steps the stride per sliced axis, never 0
     */
    public Slice(long[] starts, long[] ends, long[] axes, long[] steps) {
        if (starts.length != ends.length || axes.length != starts.length || steps.length != starts.length) {
            throw new IllegalArgumentException("starts, ends, axes and steps must have the same length");
        }
        if (Arrays.stream(steps).anyMatch(s -> s == 0)) {
            throw new IllegalArgumentException("a step of 0 is not allowed");
        }
        this.starts = starts.clone();
        this.ends = ends.clone();
        this.axes = axes.clone();
        this.steps = steps.clone();
    }

    @Override
    public String type() {
        return "Slice";
    }

    /** Opset 11 takes the bounds, axes and steps as INT64 inputs. */
    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).withInput(OnnxForm.Constant.int64(starts)).withInput(OnnxForm.Constant.int64(ends))
                .withInput(OnnxForm.Constant.int64(axes)).withInput(OnnxForm.Constant.int64(steps));
    }

    /** Per axis of the input: first index, step and count. */
    private int[][] ranges(int[] x) {
        int rank = x.length;
        int[][] r = new int[rank][];
        for (int d = 0; d < rank; d++) {
            r[d] = new int[] {0, 1, x[d]};
        }
        for (int i = 0; i < axes.length; i++) {
            int axis = Math.toIntExact(axes[i] < 0 ? axes[i] + rank : axes[i]);
            if (axis < 0 || axis >= rank) {
                throw new IllegalArgumentException("axis " + axes[i] + " is outside rank " + rank);
            }
            long dim = x[axis];
            long step = steps[i];
            long start = starts[i] < 0 ? starts[i] + dim : starts[i];
            long end = ends[i] < 0 ? ends[i] + dim : ends[i];
            if (step > 0) {
                start = Math.max(0, Math.min(start, dim));
                end = Math.max(0, Math.min(end, dim));
            } else {
                start = Math.max(-1, Math.min(start, dim - 1));
                end = Math.max(-1, Math.min(end, dim - 1));
            }
            long count = step > 0 ? (end - start + step - 1) / step : (start - end - step - 1) / -step;
            r[axis] = new int[] {(int) start, (int) step, (int) Math.max(0, count)};
        }
        return r;
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[][] r = ranges(inputs.get(0));
        int[] out = new int[r.length];
        for (int d = 0; d < r.length; d++) {
            out[d] = r[d][2];
        }
        return out;
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        int[] in = x.shape();
        int rank = in.length;
        int[][] r = ranges(in);
        int[] shape = outputShape(List.of(in));
        int[] strides = new int[rank];
        int stride = 1;
        int offset = 0;
        for (int d = rank - 1; d >= 0; d--) {
            strides[d] = stride * r[d][1];
            offset += stride * r[d][0];
            stride *= in[d];
        }
        float[] out = new float[Math.toIntExact(Tensor.elementCount(shape))];
        int[] index = new int[rank];
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
