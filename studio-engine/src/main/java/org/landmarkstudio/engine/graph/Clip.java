package org.landmarkstudio.engine.graph;

/** Clamping to {@code [min, max]} (ONNX {@code Clip}); ReLU6 of MobileNet exports is {@code Clip(0, 6)}. */
public final class Clip extends ElementwiseUnary {

    private final float min;
    private final float max;

    /**
     * @param min the lower bound, -infinity for none
     * @param max the upper bound, +infinity for none
     */
    public Clip(float min, float max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public String type() {
        return "Clip";
    }

    /** Opset 11 takes the bounds as float scalar inputs; infinities stand for "no bound". */
    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).withInput(OnnxForm.Constant.scalar(min)).withInput(OnnxForm.Constant.scalar(max));
    }

    @Override
    float apply(float x) {
        return Math.min(Math.max(x, min), max);
    }
}
