package org.landmarkstudio.engine.graph;

/** Element-wise sum (ONNX {@code Add}) with broadcasting, as residual connections and bias additions need. */
public final class Add extends ElementwiseBinary {

    @Override
    public String type() {
        return "Add";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    float apply(float x, float y) {
        return x + y;
    }
}
