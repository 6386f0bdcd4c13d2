package org.landmarkstudio.engine.graph;

/** Element-wise product (ONNX {@code Mul}) with broadcasting, as scaling and box decoding need. */
public final class Mul extends ElementwiseBinary {

    @Override
    public String type() {
        return "Mul";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    float apply(float x, float y) {
        return x * y;
    }
}
