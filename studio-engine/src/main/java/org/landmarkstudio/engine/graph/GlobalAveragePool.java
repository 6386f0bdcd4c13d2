package org.landmarkstudio.engine.graph;

import java.util.List;

/** The mean of each channel plane (ONNX {@code GlobalAveragePool}): {@code N x C x H x W} to {@code N x C x 1 x 1}. */
public final class GlobalAveragePool implements Op {

    @Override
    public String type() {
        return "GlobalAveragePool";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type());
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 1, 1);
        int[] x = inputs.get(0);
        Shapes.rank(x, 4, "the data");
        return new int[] {x[0], x[1], 1, 1};
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        int[] shape = outputShape(List.of(x.shape()));
        int planes = shape[0] * shape[1];
        int area = x.dim(2) * x.dim(3);
        float[] out = new float[planes];
        for (int p = 0; p < planes; p++) {
            double sum = 0;
            for (int i = p * area; i < (p + 1) * area; i++) {
                sum += x.data()[i];
            }
            out[p] = (float) (sum / area);
        }
        return new Blob(shape, out);
    }
}
