package org.landmarkstudio.engine.graph;

/**
 * 2-D average pooling (ONNX {@code AveragePool}). Padding counts in the divisor only with
 * {@code countIncludePad} (ONNX's default is not to count it), and then the divisor is the whole
 * kernel area, as ONNX Runtime computes it, even where a ceil-mode window hangs past the padding
 * (PyTorch would divide by the part inside the padded input there).
 */
public final class AveragePool extends Pooling {

    private final boolean countIncludePad;

    public AveragePool(Window window, boolean countIncludePad) {
        super(window);
        this.countIncludePad = countIncludePad;
    }

    @Override
    public String type() {
        return "AveragePool";
    }

    @Override
    public OnnxForm onnxForm() {
        return super.onnxForm().with("count_include_pad", countIncludePad ? 1L : 0L);
    }

    @Override
    float pool(float[] data, int offset, int width, int y0, int y1, int x0, int x1) {
        float sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += data[offset + y * width + x];
            }
        }
        return sum / (countIncludePad ? window.kernelH() * window.kernelW() : (y1 - y0) * (x1 - x0));
    }
}
