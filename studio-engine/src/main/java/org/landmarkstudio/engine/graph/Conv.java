package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;

/**
 * A 2-D convolution (ONNX {@code Conv}) on NCHW data, with groups (depthwise included), pads,
 * strides, dilations and an optional bias; weights are {@code M x C/group x kH x kW}.
 *
 * <p>Depthwise-style convolutions (one input channel per group) run plane by plane in
 * {@link DepthwiseConvolution}; dense 3x3 stride-1 ones use {@link Winograd23}; the others lower
 * each group to a matrix product computed by {@link MatrixProduct}, with the im2col columns written straight into its panel layout (1x1
 * stride-1 unpadded kernels skip im2col: their input already is the column matrix). Bias and an
 * optional fused activation are applied as outputs are stored, never in a pass of their own.
 */
public final class Conv implements Op {

    private final int group;
    private final int strideH;
    private final int strideW;
    private final int[] pads;
    private final int dilationH;
    private final int dilationW;
    /** The Winograd transform of the last weights seen (a model's weights do not change between runs). */
    private volatile Winograd23 winograd;

    /**
     * A convolution.
     *
     * @param group number of groups; input and output channels must divide by it
     * @param strides vertical and horizontal stride
     * @param pads top, left, bottom, right
     * @param dilations vertical and horizontal dilation
     */
    public Conv(int group, int[] strides, int[] pads, int[] dilations) {
        if (group < 1 || strides.length != 2 || pads.length != 4 || dilations.length != 2) {
            throw new IllegalArgumentException("Conv needs group >= 1, 2 strides, 4 pads and 2 dilations");
        }
        this.group = group;
        this.strideH = strides[0];
        this.strideW = strides[1];
        this.pads = pads.clone();
        this.dilationH = dilations[0];
        this.dilationW = dilations[1];
    }

    @Override
    public String type() {
        return "Conv";
    }

    /** The kernel shape is left for readers to take from the weight, as ONNX allows. */
    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).with("group", (long) group)
                .with("strides", new long[] {strideH, strideW})
                .with("pads", Arrays.stream(pads).asLongStream().toArray())
                .with("dilations", new long[] {dilationH, dilationW});
    }

    private Window window(int[] weight) {
        return new Window(weight[2], weight[3], strideH, strideW, pads[0], pads[1], pads[2], pads[3],
                dilationH, dilationW, false);
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 2, 3);
        int[] x = inputs.get(0);
        int[] w = inputs.get(1);
        Shapes.rank(x, 4, "the data");
        Shapes.rank(w, 4, "the weight");
        if (x[1] != w[1] * group || w[0] % group != 0) {
            throw new IllegalArgumentException("weight " + w[0] + "x" + w[1] + " with " + group
                    + " groups does not fit " + x[1] + " input channels");
        }
        if (inputs.size() == 3 && (inputs.get(2).length != 1 || inputs.get(2)[0] != w[0])) {
            throw new IllegalArgumentException("the bias must hold " + w[0] + " values");
        }
        Window win = window(w);
        return new int[] {x[0], w[0], win.outH(x[2]), win.outW(x[3])};
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        return forward(inputs, Workers.SINGLE, Activation.NONE);
    }

    @Override
    public Blob forward(List<Blob> inputs, Workers workers) {
        return forward(inputs, workers, Activation.NONE);
    }

    /**
     * The convolution with {@code act} applied to each output as it is stored, which is how a
     * runner fuses a following {@code Relu}. Output channels are split across the workers.
     */
    public Blob forward(List<Blob> inputs, Workers workers, Activation act) {
        Blob x = inputs.get(0);
        Blob w = inputs.get(1);
        float[] bias = inputs.size() == 3 ? inputs.get(2).data() : null;
        int[] outShape = outputShape(inputs.stream().map(Blob::shape).toList());
        Blob out = Blob.zeros(outShape);
        Window win = window(w.shape());
        if (w.dim(1) == 1) {
            depthwise(x, w, bias, act, win, out, workers);
        } else {
            lowered(x, w, bias, act, win, out, workers);
        }
        return out;
    }

    /** One input channel per group: each output plane is its input plane convolved with its kernel. */
    private void depthwise(Blob x, Blob w, float[] bias, Activation act, Window win, Blob out, Workers workers) {
        int c = x.dim(1);
        int h = x.dim(2);
        int wd = x.dim(3);
        int m = out.dim(1);
        int outPlane = out.dim(2) * out.dim(3);
        int perGroup = m / group;
        int taps = win.kernelH() * win.kernelW();
        workers.split(x.dim(0) * m, (from, to) -> {
            DepthwiseConvolution kernel = new DepthwiseConvolution(win, h, wd);
            for (int item = from; item < to; item++) {
                int b = item / m;
                int oc = item % m;
                kernel.run(x.data(), (b * c + oc / perGroup) * h * wd, w.data(), oc * taps,
                        bias == null ? 0f : bias[oc], act, out.data(), item * outPlane);
            }
        });
    }

    /** Each group as weight (M/g x K) times columns (K x OH*OW), K = C/g * kH * kW. */
    private void lowered(Blob x, Blob w, float[] bias, Activation act, Window win, Blob out, Workers workers) {
        int n = x.dim(0);
        int c = x.dim(1);
        int h = x.dim(2);
        int wd = x.dim(3);
        int m = out.dim(1);
        int pixels = out.dim(2) * out.dim(3);
        int cg = c / group;
        int mg = m / group;
        int depth = cg * win.kernelH() * win.kernelW();
        boolean pointwise = win.kernelH() == 1 && win.kernelW() == 1 && strideH == 1 && strideW == 1
                && pads[0] == 0 && pads[1] == 0 && pads[2] == 0 && pads[3] == 0;
        if (Winograd23.applies(win, group, c, m)) {
            Winograd23 transform = winograd;
            if (transform == null || !transform.of(w.data())) {
                transform = new Winograd23(w.data(), m, c);
                winograd = transform;
            }
            for (int b = 0; b < n; b++) {
                transform.run(x.data(), b * c * h * wd, h, wd, win, bias, act, out.data(), b * m * pixels,
                        out.dim(2), out.dim(3), workers);
            }
            return;
        }
        for (int b = 0; b < n; b++) {
            for (int g = 0; g < group; g++) {
                int inOffset = (b * c + g * cg) * h * wd;
                ColumnPanels columns = pointwise
                        ? ColumnPanels.view(x.data(), inOffset, depth, pixels)
                        : im2col(x.data(), inOffset, cg, h, wd, win, out.dim(2), out.dim(3));
                int outStart = (b * m + g * mg) * pixels;
                int weightStart = g * mg * depth;
                int biasStart = g * mg;
                workers.split(mg, (from, to) -> MatrixProduct.multiply(w.data(), weightStart, from, to, columns,
                        out.data(), outStart, bias, biasStart, act));
            }
        }
    }

    /** The column matrix of one group (row = channel and tap, column = output pixel), written as panels. */
    private ColumnPanels im2col(float[] in, int offset, int channels, int h, int w, Window win, int oh, int ow) {
        int kh = win.kernelH();
        int kw = win.kernelW();
        ColumnPanels columns = ColumnPanels.zeros(channels * kh * kw, oh * ow);
        int row = 0;
        for (int ch = 0; ch < channels; ch++) {
            int plane = offset + ch * h * w;
            for (int ky = 0; ky < kh; ky++) {
                for (int kx = 0; kx < kw; kx++) {
                    int first = firstInside(pads[1] - kx * dilationW, ow);
                    int end = Math.max(first, endInside(w + pads[1] - kx * dilationW, ow));
                    for (int oy = 0; oy < oh; oy++) {
                        int y = oy * strideH - pads[0] + ky * dilationH;
                        if (y >= 0 && y < h && end > first) {
                            int src = plane + y * w - pads[1] + kx * dilationW;
                            columns.set(row, oy * ow + first, in, src + first * strideW, strideW, end - first);
                        }
                    }
                    row++;
                }
            }
        }
        return columns;
    }

    /** The first output column whose input column, {@code ox * strideW - shift}, is not left of the plane. */
    private int firstInside(int shift, int ow) {
        return Math.min(ow, Math.max(0, (shift + strideW - 1) / strideW));
    }

    /** One past the last output column whose input column, {@code ox * strideW - shift}, is left of {@code limit - shift}. */
    private int endInside(int limit, int ow) {
        return Math.min(ow, Math.max(0, (limit + strideW - 1) / strideW));
    }
}
