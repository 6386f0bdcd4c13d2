package org.landmarkstudio.engine.graph;

/** The exponential (ONNX {@code Exp}) element-wise, as anchor-box decoding needs for widths and heights. */
public final class Exp extends ElementwiseUnary {

    @Override
    public String type() {
        return "Exp";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    float apply(float x) {
        return (float) Math.exp(x);
    }
}
