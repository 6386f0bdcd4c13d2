package org.landmarkstudio.engine.graph;

/** Element-wise quotient (ONNX {@code Div}) with broadcasting, as normalization needs. */
public final class Div extends ElementwiseBinary {

    @Override
    public String type() {
        return "Div";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    float apply(float x, float y) {
        return x / y;
    }
}
