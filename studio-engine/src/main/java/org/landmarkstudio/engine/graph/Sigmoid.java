package org.landmarkstudio.engine.graph;

/** The logistic function (ONNX {@code Sigmoid}) element-wise, for detector scores. */
public final class Sigmoid extends ElementwiseUnary {

    @Override
    public String type() {
        return "Sigmoid";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    float apply(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }
}
