package org.landmarkstudio.engine.graph;

/**
 * The sliding window of a 2-D convolution or pooling: kernel size, strides, pads and dilations,
 * and how it maps an input height or width to an output one.
 *
 * <p>Pads follow ONNX order for two spatial axes: top, left, bottom, right. With {@code ceilMode}
 * the output size rounds up, except that a last window starting beyond the padded input is dropped
 * (the PyTorch and ONNX Runtime rule).
 */
public record Window(int kernelH, int kernelW, int strideH, int strideW,
        int padTop, int padLeft, int padBottom, int padRight,
        int dilationH, int dilationW, boolean ceilMode) {

    public Window {
        if (kernelH < 1 || kernelW < 1 || strideH < 1 || strideW < 1 || dilationH < 1 || dilationW < 1) {
            throw new IllegalArgumentException("kernel, strides and dilations must be positive");
        }
        if (padTop < 0 || padLeft < 0 || padBottom < 0 || padRight < 0) {
            throw new IllegalArgumentException("pads must not be negative");
        }
    }

    /** The output height for input height {@code h}. */
    public int outH(int h) {
        return outSize(h, kernelH, strideH, padTop, padBottom, dilationH);
    }

    /** The output width for input width {@code w}. */
    public int outW(int w) {
        return outSize(w, kernelW, strideW, padLeft, padRight, dilationW);
    }

    private int outSize(int in, int kernel, int stride, int padBegin, int padEnd, int dilation) {
        int span = (kernel - 1) * dilation + 1;
        int room = in + padBegin + padEnd - span;
        if (room < 0) {
            throw new IllegalArgumentException("a window of " + span + " does not fit an input of " + in
                    + " padded by " + padBegin + "+" + padEnd);
        }
        int out = (ceilMode ? (room + stride - 1) / stride : room / stride) + 1;
        if (ceilMode && (out - 1) * stride >= in + padBegin) {
            out--;
        }
        return out;
    }
}
