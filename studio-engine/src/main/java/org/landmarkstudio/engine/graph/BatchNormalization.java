package org.landmarkstudio.engine.graph;

import java.util.List;

/**
 * Inference-time batch normalization (ONNX {@code BatchNormalization}) on NCHW or NC data:
 * {@code scale * (x - mean) / sqrt(var + epsilon) + bias} per channel. Unsimplified exports keep
 * it after every convolution.
 */
public final class BatchNormalization implements Op {

    private final float epsilon;

    public BatchNormalization(float epsilon) {
        this.epsilon = epsilon;
    }

    @Override
    public String type() {
        return "BatchNormalization";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).with("epsilon", epsilon);
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 5, 5);
        int[] x = inputs.get(0);
        if (x.length < 2) {
            throw new IllegalArgumentException("the data needs a channel axis");
        }
        for (int i = 1; i < 5; i++) {
            if (inputs.get(i).length != 1 || inputs.get(i)[0] != x[1]) {
                throw new IllegalArgumentException("scale, bias, mean and variance must hold " + x[1] + " values");
            }
        }
        return x.clone();
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob x = inputs.get(0);
        int[] shape = outputShape(inputs.stream().map(Blob::shape).toList());
        float[] scale = inputs.get(1).data();
        float[] bias = inputs.get(2).data();
        float[] mean = inputs.get(3).data();
        float[] var = inputs.get(4).data();
        int channels = shape[1];
        int inner = x.data().length / Math.max(1, shape[0] * channels);
        float[] out = new float[x.data().length];
        for (int i = 0; i < out.length; i++) {
            int c = i / inner % channels;
            float k = (float) (scale[c] / Math.sqrt(var[c] + epsilon));
            out[i] = (x.data()[i] - mean[c]) * k + bias[c];
        }
        return new Blob(shape, out);
    }
}
