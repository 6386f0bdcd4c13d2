package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;

/**
 * A 2-D convolution (ONNX {@code Conv}) on NCHW data, with groups (depthwise included), pads,
 * strides, dilations and an optional bias; weights are {@code M x C/group x kH x kW}.
 *
 * <p>Depthwise-style convolutions (one input channel per group) run directly; the others lower each
 * group to a matrix product (im2col, skipped for 1x1 stride-1 unpadded kernels, whose input already is
 * the column matrix) computed by {@link MatrixProduct}.
 */
public final class Conv implements Op {

    private final int group;
    private final int strideH;
    private final int strideW;
    private final int[] pads;
    private final int dilationH;
    private final int dilationW;

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
        return forward(inputs, Workers.SINGLE);
    }

    /** Splits output channels across the workers: each computes whole output planes. */
    @Override
    public Blob forward(List<Blob> inputs, Workers workers) {
        Blob x = inputs.get(0);
        Blob w = inputs.get(1);
        int[] outShape = outputShape(inputs.stream().map(Blob::shape).toList());
        Blob out = Blob.zeros(outShape);
        Window win = window(w.shape());
        if (w.dim(1) == 1) {
            direct(x, w, win, out, workers);
        } else {
            lowered(x, w, win, out, workers);
        }
        if (inputs.size() == 3) {
            addBias(inputs.get(2).data(), out);
        }
        return out;
    }

    /** One input channel per group: each output channel slides its kernel over its one input plane. */
    private void direct(Blob x, Blob w, Window win, Blob out, Workers workers) {
        int n = x.dim(0);
        int c = x.dim(1);
        int h = x.dim(2);
        int wd = x.dim(3);
        int m = out.dim(1);
        int oh = out.dim(2);
        int ow = out.dim(3);
        int kh = win.kernelH();
        int kw = win.kernelW();
        int perGroup = m / group;
        float[] in = x.data();
        float[] k = w.data();
        float[] o = out.data();
        workers.split(n * m, (from, to) -> {
            for (int item = from; item < to; item++) {
                int b = item / m;
                int oc = item % m;
                int plane = (b * c + oc / perGroup) * h * wd;
                int kernel = oc * kh * kw;
                int dst = (b * m + oc) * oh * ow;
                for (int oy = 0; oy < oh; oy++) {
                    int y0 = oy * strideH - pads[0];
                    for (int ox = 0; ox < ow; ox++) {
                        int x0 = ox * strideW - pads[1];
                        float sum = 0;
                        for (int ky = 0; ky < kh; ky++) {
                            int y = y0 + ky * dilationH;
                            if (y < 0 || y >= h) {
                                continue;
                            }
                            int row = plane + y * wd;
                            int krow = kernel + ky * kw;
                            for (int kx = 0; kx < kw; kx++) {
                                int xx = x0 + kx * dilationW;
                                if (xx >= 0 && xx < wd) {
                                    sum += in[row + xx] * k[krow + kx];
                                }
                            }
                        }
                        o[dst + oy * ow + ox] = sum;
                    }
                }
            }
        });
    }

    /** Each group as weight (M/g x K) times columns (K x OH*OW), K = C/g * kH * kW. */
    private void lowered(Blob x, Blob w, Window win, Blob out, Workers workers) {
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
        float[] columns = pointwise ? null : new float[depth * pixels];
        for (int b = 0; b < n; b++) {
            for (int g = 0; g < group; g++) {
                int inOffset = (b * c + g * cg) * h * wd;
                if (!pointwise) {
                    im2col(x.data(), inOffset, cg, h, wd, win, out.dim(2), out.dim(3), columns);
                }
                float[] right = pointwise ? x.data() : columns;
                int rightStart = pointwise ? inOffset : 0;
                int outStart = (b * m + g * mg) * pixels;
                int weightStart = g * mg * depth;
                workers.split(mg, (from, to) -> MatrixProduct.accumulate(w.data(), weightStart + from * depth, to - from,
                        depth, right, rightStart, pixels, out.data(), outStart + from * pixels));
            }
        }
    }

    private void im2col(float[] in, int offset, int channels, int h, int w, Window win, int oh, int ow, float[] columns) {
        int kh = win.kernelH();
        int kw = win.kernelW();
        int row = 0;
        for (int ch = 0; ch < channels; ch++) {
            int plane = offset + ch * h * w;
            for (int ky = 0; ky < kh; ky++) {
                for (int kx = 0; kx < kw; kx++) {
                    int dst = row * oh * ow;
                    for (int oy = 0; oy < oh; oy++) {
                        int y = oy * strideH - pads[0] + ky * dilationH;
                        if (y < 0 || y >= h) {
                            Arrays.fill(columns, dst, dst + ow, 0f);
                            dst += ow;
                            continue;
                        }
                        int src = plane + y * w;
                        for (int ox = 0; ox < ow; ox++) {
                            int xx = ox * strideW - pads[1] + kx * dilationW;
                            columns[dst++] = xx >= 0 && xx < w ? in[src + xx] : 0f;
                        }
                    }
                    row++;
                }
            }
        }
    }

    private static void addBias(float[] bias, Blob out) {
        int n = out.dim(0);
        int m = out.dim(1);
        int pixels = out.dim(2) * out.dim(3);
        float[] o = out.data();
        for (int b = 0; b < n; b++) {
            for (int oc = 0; oc < m; oc++) {
                int start = (b * m + oc) * pixels;
                float v = bias[oc];
                for (int i = start; i < start + pixels; i++) {
                    o[i] += v;
                }
            }
        }
    }
}
