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

    /**
     * One input channel per group: each output channel slides its kernel over its one input plane.
     *
     * <p>The plane is first copied into a zero-bordered buffer, so the sliding loops need no bounds
     * tests per tap; 3x3 kernels (all the depthwise layers of the PFPLD family) keep their nine
     * weights in locals.
     */
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
        int ph = Math.max(h + pads[0] + pads[2], (oh - 1) * strideH + (kh - 1) * dilationH + 1);
        int pw = Math.max(wd + pads[1] + pads[3], (ow - 1) * strideW + (kw - 1) * dilationW + 1);
        float[] in = x.data();
        float[] k = w.data();
        float[] o = out.data();
        workers.split(n * m, (from, to) -> {
            float[] padded = new float[ph * pw];
            for (int item = from; item < to; item++) {
                int b = item / m;
                int oc = item % m;
                int plane = (b * c + oc / perGroup) * h * wd;
                for (int y = 0; y < h; y++) {
                    System.arraycopy(in, plane + y * wd, padded, (y + pads[0]) * pw + pads[1], wd);
                }
                int dst = (b * m + oc) * oh * ow;
                if (kh == 3 && kw == 3) {
                    slide3x3(padded, pw, k, oc * 9, o, dst, oh, ow);
                } else {
                    slide(padded, pw, k, oc * kh * kw, kh, kw, o, dst, oh, ow);
                }
            }
        });
    }

    private void slide3x3(float[] p, int pw, float[] k, int kernel, float[] o, int dst, int oh, int ow) {
        float k0 = k[kernel];
        float k1 = k[kernel + 1];
        float k2 = k[kernel + 2];
        float k3 = k[kernel + 3];
        float k4 = k[kernel + 4];
        float k5 = k[kernel + 5];
        float k6 = k[kernel + 6];
        float k7 = k[kernel + 7];
        float k8 = k[kernel + 8];
        int dx = dilationW;
        int dy = dilationH * pw;
        for (int oy = 0; oy < oh; oy++) {
            int row = oy * strideH * pw;
            int at = dst + oy * ow;
            for (int ox = 0; ox < ow; ox++) {
                int r0 = row + ox * strideW;
                int r1 = r0 + dy;
                int r2 = r1 + dy;
                o[at + ox] = k0 * p[r0] + k1 * p[r0 + dx] + k2 * p[r0 + 2 * dx]
                        + k3 * p[r1] + k4 * p[r1 + dx] + k5 * p[r1 + 2 * dx]
                        + k6 * p[r2] + k7 * p[r2 + dx] + k8 * p[r2 + 2 * dx];
            }
        }
    }

    private void slide(float[] p, int pw, float[] k, int kernel, int kh, int kw, float[] o, int dst, int oh, int ow) {
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                int origin = oy * strideH * pw + ox * strideW;
                float sum = 0;
                for (int ky = 0; ky < kh; ky++) {
                    int row = origin + ky * dilationH * pw;
                    for (int kx = 0; kx < kw; kx++) {
                        sum += p[row + kx * dilationW] * k[kernel + ky * kw + kx];
                    }
                }
                o[dst + oy * ow + ox] = sum;
            }
        }
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
                        int src = plane + y * w - pads[1] + kx * dilationW;
                        int first = firstInside(pads[1] - kx * dilationW, ow);
                        int end = Math.max(first, endInside(w + pads[1] - kx * dilationW, ow));
                        Arrays.fill(columns, dst, dst + first, 0f);
                        if (strideW == 1) {
                            System.arraycopy(in, src + first, columns, dst + first, end - first);
                        } else {
                            for (int ox = first; ox < end; ox++) {
                                columns[dst + ox] = in[src + ox * strideW];
                            }
                        }
                        Arrays.fill(columns, dst + end, dst + ow, 0f);
                        dst += ow;
                    }
                    row++;
                }
            }
        }
    }

    /** The first output column whose input column, {@code ox * strideW - shift}, is not left of the plane. */
    private int firstInside(int shift, int ow) {
        return Math.min(ow, Math.max(0, (shift + strideW - 1) / strideW));
    }

    /** One past the last output column whose input column, {@code ox * strideW - shift}, is left of {@code limit - shift}. */
    private int endInside(int limit, int ow) {
        return Math.min(ow, Math.max(0, (limit + strideW - 1) / strideW));
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
