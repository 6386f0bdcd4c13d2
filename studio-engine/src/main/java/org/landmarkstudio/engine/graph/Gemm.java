package org.landmarkstudio.engine.graph;

import java.util.Arrays;
import java.util.List;

/**
 * The fully connected layer (ONNX {@code Gemm}): {@code alpha * A' x B' + beta * C}, where ' is an
 * optional transpose and C (the bias) broadcasts to the {@code M x N} result.
 */
public final class Gemm implements Op {

    private final float alpha;
    private final float beta;
    private final boolean transA;
    private final boolean transB;

    public Gemm(float alpha, float beta, boolean transA, boolean transB) {
        this.alpha = alpha;
        this.beta = beta;
        this.transA = transA;
        this.transB = transB;
    }

    @Override
    public String type() {
        return "Gemm";
    }

    @Override
    public OnnxForm onnxForm() {
        return OnnxForm.of(type()).with("alpha", alpha).with("beta", beta)
                .with("transA", transA ? 1L : 0L).with("transB", transB ? 1L : 0L);
    }

    @Override
    public int[] outputShape(List<int[]> inputs) {
        Shapes.arity(inputs, 2, 3);
        int[] a = inputs.get(0);
        int[] b = inputs.get(1);
        Shapes.rank(a, 2, "A");
        Shapes.rank(b, 2, "B");
        int k = transA ? a[0] : a[1];
        int kb = transB ? b[1] : b[0];
        if (k != kb) {
            throw new IllegalArgumentException("A has " + k + " columns but B has " + kb + " rows");
        }
        int[] out = {transA ? a[1] : a[0], transB ? b[0] : b[1]};
        if (inputs.size() == 3 && !Arrays.equals(Broadcast.shape(out, inputs.get(2)), out)) {
            throw new IllegalArgumentException("C does not broadcast to " + out[0] + "x" + out[1]);
        }
        return out;
    }

    @Override
    public Blob forward(List<Blob> inputs) {
        Blob a = inputs.get(0);
        Blob b = inputs.get(1);
        int[] shape = outputShape(inputs.stream().map(Blob::shape).toList());
        int m = shape[0];
        int n = shape[1];
        int k = transA ? a.dim(0) : a.dim(1);
        float[] left = transA ? transpose(a) : a.data();
        float[] right = transB ? transpose(b) : b.data();
        float[] product = new float[m * n];
        MatrixProduct.multiply(left, 0, 0, m, ColumnPanels.view(right, 0, k, n), product, 0, null, 0, Activation.NONE);
        float[] bias = inputs.size() == 3 ? Broadcast.expand(inputs.get(2), shape) : null;
        for (int i = 0; i < product.length; i++) {
            product[i] = alpha * product[i] + (bias == null ? 0f : beta * bias[i]);
        }
        return new Blob(shape, product);
    }

    private static float[] transpose(Blob matrix) {
        int rows = matrix.dim(0);
        int cols = matrix.dim(1);
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = matrix.data()[r * cols + c];
            }
        }
        return out;
    }
}
