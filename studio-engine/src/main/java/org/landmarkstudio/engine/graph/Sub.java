package org.landmarkstudio.engine.graph;

/** Element-wise difference (ONNX {@code Sub}) with broadcasting, as box decoding and mean subtraction need. */
public final class Sub extends ElementwiseBinary {

    @Override
    public String type() {
        return "Sub";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    float apply(float x, float y) {
        return x - y;
    }
}
