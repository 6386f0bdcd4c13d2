package org.landmarkstudio.engine.graph;

import java.util.List;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Nearest-neighbour resizing (ONNX {@code Resize} in mode {@code nearest}, and the older
 * {@code Upsample}), as feature pyramids upsample coarse maps. Each output coordinate maps back to an
 * input coordinate by the model's coordinate transformation, then rounds by its nearest mode.
 */
public final class NearestResize implements Op {

    /** How an output coordinate maps back to the input (ONNX {@code coordinate_transformation_mode}). */
    public enum Transform { ASYMMETRIC, HALF_PIXEL, PYTORCH_HALF_PIXEL, ALIGN_CORNERS }

    /** How the mapped coordinate rounds to an index (ONNX {@code nearest_mode}). */
    public enum Rounding { ROUND_PREFER_FLOOR, ROUND_PREFER_CEIL, FLOOR, CEIL }

    private final float[] scales;
    private final long[] sizes;
    private final Transform transform;
    private final Rounding rounding;

    /**
     * @param scales the scale per axis, or null when {@code sizes} is given
     * @param sizes the output size per axis, or null when {@code scales} is given
     */
    public NearestResize(float[] scales, long[] sizes, Transform transform, Rounding rounding) {
        if ((scales == null) == (sizes == null)) {
            throw new IllegalArgumentException("give either scales or sizes");
        }
        this.scales = scales == null ? null : scales.clone();
        this.sizes = sizes == null ? null : sizes.clone();
        this.transform = transform;
        this.rounding = rounding;
    }

    @Override
    public String type() {
        return "Resize";
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        int given = scales != null ? scales.length : sizes.length;
        if (given != x.length) {
            throw new IllegalArgumentException(given + " scales or sizes do not fit a rank-" + x.length + " input");
        }
        int[] out = new int[x.length];
        for (int d = 0; d < x.length; d++) {
            out[d] = scales != null ? (int) Math.floor(x[d] * scales[d]) : Math.toIntExact(sizes[d]);
        }
        return out;
    }

    private int source(int o, int in, int out, int axis) {
        double scale = scales != null ? scales[axis] : (double) out / in;
        double c = switch (transform) {
            case ASYMMETRIC -> o / scale;
            case HALF_PIXEL -> (o + 0.5) / scale - 0.5;
            case PYTORCH_HALF_PIXEL -> out > 1 ? (o + 0.5) / scale - 0.5 : 0;
            case ALIGN_CORNERS -> out > 1 ? o * (in - 1) / (double) (out - 1) : 0;
        };
        double r = switch (rounding) {
            case ROUND_PREFER_FLOOR -> c == Math.floor(c) + 0.5 ? Math.floor(c) : Math.round(c);
            case ROUND_PREFER_CEIL -> Math.round(c);
            case FLOOR -> Math.floor(c);
            case CEIL -> Math.ceil(c);
        };
        return (int) Math.max(0, Math.min(in - 1, r));
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        int[] in = x.shape();
        int[] shape = outputShape(List.of(in));
        int rank = in.length;
        int[][] map = new int[rank][];
        for (int d = 0; d < rank; d++) {
            map[d] = new int[shape[d]];
            for (int o = 0; o < shape[d]; o++) {
                map[d][o] = source(o, in[d], shape[d], d);
            }
        }
        int[] inStrides = new int[rank];
        int stride = 1;
        for (int d = rank - 1; d >= 0; d--) {
            inStrides[d] = stride;
            stride *= in[d];
        }
        float[] out = new float[Math.toIntExact(Tensor.elementCount(shape))];
        int[] index = new int[rank];
        for (int i = 0; i < out.length; i++) {
            int offset = 0;
            for (int d = 0; d < rank; d++) {
                offset += map[d][index[d]] * inStrides[d];
            }
            out[i] = x.data()[offset];
            for (int d = rank - 1; d >= 0; d--) {
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return new Blob(shape, out);
    }
}
