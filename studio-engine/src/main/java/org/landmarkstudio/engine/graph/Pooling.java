package org.landmarkstudio.engine.graph;

import java.util.List;

/**
 * What the 2-D pooling operators share: the window, the output shape, and the walk over every output
 * position with its window clipped to the input.
 */
abstract class Pooling implements Op {

    /** The window; its dilations are 1. */
    protected final Window window;

    Pooling(Window window) {
        this.window = window;
    }

    /** The window's kernel, strides, pads and rounding as the ONNX pooling attributes. */
    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type())
                .with("kernel_shape", new long[] {window.kernelH(), window.kernelW()})
                .with("strides", new long[] {window.strideH(), window.strideW()})
                .with("pads", new long[] {window.padTop(), window.padLeft(), window.padBottom(), window.padRight()})
                .with("ceil_mode", window.ceilMode() ? 1L : 0L);
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        Shapes.rank(x, 4, "the data");
        return new int[] {x[0], x[1], window.outH(x[2]), window.outW(x[3])};
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        Blob out = Blob.zeros(outputShape(List.of(x.shape())));
        int planes = x.dim(0) * x.dim(1);
        int h = x.dim(2);
        int w = x.dim(3);
        int oh = out.dim(2);
        int ow = out.dim(3);
        for (int p = 0; p < planes; p++) {
            for (int oy = 0; oy < oh; oy++) {
                int y0 = oy * window.strideH() - window.padTop();
                int y1 = y0 + window.kernelH();
                for (int ox = 0; ox < ow; ox++) {
                    int x0 = ox * window.strideW() - window.padLeft();
                    int x1 = x0 + window.kernelW();
                    out.data()[(p * oh + oy) * ow + ox] = pool(x.data(), p * h * w, w,
                            Math.max(y0, 0), Math.min(y1, h), Math.max(x0, 0), Math.min(x1, w));
                }
            }
        }
        return out;
    }

    /**
     * The pooled value of rows {@code [y0, y1)} and columns {@code [x0, x1)} of the plane at
     * {@code offset}: the window clipped to the input.
     */
    abstract float pool(float[] data, int offset, int width, int y0, int y1, int x0, int x1);
}
