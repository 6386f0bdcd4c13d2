package org.landmarkstudio.engine.graph;

/** The rectifier (ONNX {@code Relu}): {@code max(x, 0)} element-wise. */
public final class Relu extends ElementwiseUnary {

    @Override
    public String type() {
        return "Relu";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    float apply(float x) {
        return Math.max(x, 0f);
    }
}
