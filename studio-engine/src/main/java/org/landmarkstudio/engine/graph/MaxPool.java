package org.landmarkstudio.engine.graph;

/** 2-D max pooling (ONNX {@code MaxPool}); padding never wins, as if it were minus infinity. */
public final class MaxPool extends Pooling {

    public MaxPool(Window window) {
        super(window);
    }

    @Override
    public String type() {
        return "MaxPool";
    }

    @Override
    float pool(float[] data, int offset, int width, int y0, int y1, int x0, int x1) {
        float max = Float.NEGATIVE_INFINITY;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                max = Math.max(max, data[offset + y * width + x]);
            }
        }
        return max;
    }
}
