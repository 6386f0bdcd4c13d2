package org.landmarkstudio.engine.graph;

/**
 * The parametric rectifier (ONNX {@code PRelu}): {@code x} where positive, {@code slope * x} elsewhere,
 * the slope (usually one per channel, shaped {@code C x 1 x 1}) broadcast to the data. RetinaFace's
 * Caffe-derived models use it.
 */
public final class PRelu extends ElementwiseBinary {

    @Override
    public String type() {
        return "PRelu";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    float apply(float x, float slope) {
        return x < 0 ? x * slope : x;
    }
}
