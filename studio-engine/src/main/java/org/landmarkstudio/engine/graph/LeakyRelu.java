package org.landmarkstudio.engine.graph;

/** The leaky rectifier (ONNX {@code LeakyRelu}): {@code x} where non-negative, {@code alpha * x} elsewhere. */
public final class LeakyRelu extends ElementwiseUnary {

    private final float alpha;

    /** @param alpha the slope below zero (ONNX default 0.01) */
    public LeakyRelu(float alpha) {
        this.alpha = alpha;
    }

    @Override
    public String type() {
        return "LeakyRelu";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).with("alpha", alpha);
    }

    @Override
    float apply(float x) {
        return x < 0 ? alpha * x : x;
    }
}
