package org.landmarkstudio.engine.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landmarkstudio.engine.onnx.OnnxModels.floats;
import static org.landmarkstudio.engine.onnx.OnnxModels.integer;
import static org.landmarkstudio.engine.onnx.OnnxModels.ints;
import static org.landmarkstudio.engine.onnx.OnnxModels.model;
import static org.landmarkstudio.engine.onnx.OnnxModels.node;
import static org.landmarkstudio.engine.onnx.OnnxModels.real;
import static org.landmarkstudio.engine.onnx.OnnxModels.values;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.TensorProto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;

import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Each operator on the edge cases PFPLD does not reach (groups with several channels, dilation,
 * asymmetric pads, ceil mode, padding in averages, transposes, broadcasting), checked against ONNX
 * Runtime (the {@code float} backend) on one-node models built here.
 */
class OperatorsAgreeWithOnnxRuntimeTest {

    @TempDir
    Path dir;

    @Test
    void groupedDilatedConvolutionWithAsymmetricPads() throws Exception {
        NodeProto conv = node("Conv", List.of("x", "w", "b"), ints("strides", 2, 1), ints("pads", 1, 0, 0, 1),
                ints("dilations", 1, 2), integer("group", 2));
        agree(11, conv, new int[] {2, 4, 5, 5}, floats("w", 4, 2, 3, 3), floats("b", 4));
    }

    @Test
    void depthwiseConvolutionWithAChannelMultiplier() throws Exception {
        NodeProto conv = node("Conv", List.of("x", "w"), ints("pads", 1, 1, 1, 1), integer("group", 3));
        agree(11, conv, new int[] {1, 3, 6, 6}, floats("w", 6, 1, 3, 3));
    }

    @Test
    void winogradConvolutionOnOddSizesWithAsymmetricPadsAndBatchTwo() throws Exception {
        NodeProto conv = node("Conv", List.of("x", "w", "b"), ints("pads", 1, 0, 2, 1));
        agree(11, conv, new int[] {2, 9, 11, 13}, floats("w", 10, 9, 3, 3), floats("b", 10));
    }

    @Test
    void winogradConvolutionWithoutPaddingOnAWideImage() throws Exception {
        agree(11, node("Conv", List.of("x", "w")), new int[] {1, 16, 5, 37}, floats("w", 8, 16, 3, 3));
    }

    @Test
    void pointwiseConvolution() throws Exception {
        agree(11, node("Conv", List.of("x", "w", "b")), new int[] {2, 5, 4, 3}, floats("w", 7, 5, 1, 1), floats("b", 7));
    }

    @Test
    void averagePoolingWithAndWithoutCountingPadsInCeilMode() throws Exception {
        for (int include = 0; include <= 1; include++) {
            NodeProto pool = node("AveragePool", List.of("x"), ints("kernel_shape", 3, 3), ints("strides", 2, 2),
                    ints("pads", 1, 1, 1, 1), integer("ceil_mode", 1), integer("count_include_pad", include));
            agree(11, pool, new int[] {1, 2, 6, 7});
        }
    }

    @Test
    void maxPoolingInCeilMode() throws Exception {
        NodeProto pool = node("MaxPool", List.of("x"), ints("kernel_shape", 2, 2), ints("strides", 2, 2), integer("ceil_mode", 1));
        agree(11, pool, new int[] {2, 3, 5, 5});
    }

    @Test
    void constantPaddingWithAFillValue() throws Exception {
        TensorProto pads = TensorProto.newBuilder().setName("pads").setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(8).addAllInt64Data(List.of(0L, 0L, 1L, 2L, 0L, 0L, 0L, 1L)).build();
        TensorProto fill = TensorProto.newBuilder().setName("fill").setDataType(TensorProto.DataType.FLOAT_VALUE)
                .addFloatData(1.5f).build();
        agree(11, node("Pad", List.of("x", "pads", "fill")), new int[] {1, 2, 3, 3}, pads, fill);
    }

    @Test
    void gemmWithTransposedInputAndBroadcastBias() throws Exception {
        NodeProto gemm = node("Gemm", List.of("x", "w", "c"), real("alpha", 2f), real("beta", 0.5f), integer("transA", 1));
        agree(11, gemm, new int[] {4, 3}, floats("w", 4, 5), floats("c", 1, 5));
    }

    @Test
    void broadcastAddition() throws Exception {
        agree(11, node("Add", List.of("x", "y")), new int[] {2, 3, 4}, floats("y", 4));
    }

    @Test
    void reshapeToARawInt64TargetThenConcatenation() throws Exception {
        ByteBuffer target = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(0).putLong(-1);
        TensorProto shape = TensorProto.newBuilder().setName("shape").setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(2).setRawData(ByteString.copyFrom(target.array())).build();
        agree(11, node("Reshape", List.of("x", "shape")), new int[] {2, 3, 2, 2}, shape);
        agree(11, node("Concat", List.of("x", "y"), integer("axis", -1)), new int[] {2, 3, 2}, floats("y", 2, 3, 4));
    }

    @Test
    void batchNormalization() throws Exception {
        TensorProto var = TensorProto.newBuilder(floats("var", 3)).clearRawData().addAllFloatData(List.of(0.5f, 1.25f, 2f)).build();
        agree(11, node("BatchNormalization", List.of("x", "s", "b", "m", "var"), real("epsilon", 1e-3f)),
                new int[] {2, 3, 4, 4}, floats("s", 3), floats("b", 3), floats("m", 3), var);
    }

    @Test
    void broadcastSubtractionProductAndQuotient() throws Exception {
        for (String op : List.of("Sub", "Mul", "Div")) {
            agree(11, node(op, List.of("x", "y")), new int[] {2, 3, 4}, floats("y", 3, 1));
        }
    }

    @Test
    void activations() throws Exception {
        agree(11, node("Sigmoid", List.of("x")), new int[] {2, 5});
        agree(11, node("LeakyRelu", List.of("x"), real("alpha", 0.2f)), new int[] {2, 5});
        agree(11, node("PRelu", List.of("x", "slope")), new int[] {1, 3, 2, 2}, floats("slope", 3, 1, 1));
        agree(11, node("Identity", List.of("x")), new int[] {2, 5});
    }

    @Test
    void clipWithAMissingLowerBoundAndWithAttributes() throws Exception {
        TensorProto max = TensorProto.newBuilder().setName("max").setDataType(TensorProto.DataType.FLOAT_VALUE).addFloatData(0.25f).build();
        agree(11, node("Clip", List.of("x", "", "max")), new int[] {3, 4}, max);
        agree(6, node("Clip", List.of("x"), real("min", -0.5f), real("max", 0.5f)), new int[] {3, 4});
    }

    @Test
    void softmaxOverTrailingDimensionsBeforeOpset13AndOverOneAxisFrom13() throws Exception {
        agree(11, node("Softmax", List.of("x"), integer("axis", 1)), new int[] {2, 3, 4});
        agree(13, node("Softmax", List.of("x"), integer("axis", 1)), new int[] {2, 3, 4});
        agree(13, node("Softmax", List.of("x")), new int[] {2, 3, 4});
    }

    @Test
    void transposeAndGlobalAveragePooling() throws Exception {
        agree(11, node("Transpose", List.of("x"), ints("perm", 0, 2, 3, 1)), new int[] {2, 3, 4, 5});
        agree(11, node("Transpose", List.of("x")), new int[] {2, 3, 4});
        agree(11, node("GlobalAveragePool", List.of("x")), new int[] {2, 3, 4, 5});
    }

    @Test
    void exponentialAndSlicesWithNegativeIndicesAndSteps() throws Exception {
        agree(11, node("Exp", List.of("x")), new int[] {2, 5});
        agree(11, node("Slice", List.of("x", "starts", "ends", "axes", "steps")), new int[] {2, 7, 6},
                longs("starts", 1, -1), longs("ends", 6, 0), longs("axes", 1, -1), longs("steps", 2, -2));
        agree(11, node("Slice", List.of("x", "starts", "ends")), new int[] {3, 4}, longs("starts", 1, 2), longs("ends", 100, -1));
        agree(9, node("Slice", List.of("x"), ints("starts", 0), ints("ends", 2), ints("axes", 1)), new int[] {3, 4});
    }

    @Test
    void unsqueezeAndSqueeze() throws Exception {
        agree(11, node("Unsqueeze", List.of("x"), ints("axes", 0, 3)), new int[] {2, 3});
        agree(13, node("Unsqueeze", List.of("x", "axes")), new int[] {2, 3}, longs("axes", -1));
        agree(11, node("Squeeze", List.of("x"), ints("axes", 1)), new int[] {2, 1, 3, 1});
        agree(13, node("Squeeze", List.of("x")), new int[] {2, 1, 3, 1});
    }

    @Test
    void nearestResizingAsUpsampleAndAsResize() throws Exception {
        TensorProto scales = TensorProto.newBuilder().setName("scales").setDataType(TensorProto.DataType.FLOAT_VALUE)
                .addDims(4).addAllFloatData(List.of(1f, 1f, 2f, 2f)).build();
        TensorProto roi = TensorProto.newBuilder().setName("roi").setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(0).build();
        agree(9, node("Upsample", List.of("x", "scales")), new int[] {1, 2, 3, 4}, scales);
        agree(11, node("Resize", List.of("x", "roi", "scales"), text("coordinate_transformation_mode", "asymmetric"),
                text("nearest_mode", "floor")), new int[] {1, 2, 3, 4}, roi, scales);
        agree(11, node("Resize", List.of("x", "roi", "scales")), new int[] {1, 2, 3, 4}, roi, scales);
        TensorProto noScales = TensorProto.newBuilder().setName("none").setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(0).build();
        agree(11, node("Resize", List.of("x", "roi", "none", "sizes")), new int[] {1, 2, 3, 4}, roi, noScales, longs("sizes", 1, 2, 5, 7));
    }

    private static TensorProto longs(String name, long... values) {
        TensorProto.Builder b = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE).addDims(values.length);
        for (long v : values) {
            b.addInt64Data(v);
        }
        return b.build();
    }

    private static AttributeProto text(String name, String value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING)
                .setS(ByteString.copyFromUtf8(value)).build();
    }

    /** Runs a one-node model on both backends with deterministic input and asserts they agree within 1e-5 relative. */
    private void agree(int opset, NodeProto node, int[] inputShape, TensorProto... initializers) throws IOException, ModelException {
        Path file = dir.resolve(node.getOpType() + System.nanoTime() + ".onnx");
        Files.write(file, model(opset, node, inputShape, initializers).toByteArray());
        Tensor x = Tensor.of(values((int) Tensor.elementCount(inputShape), 7), inputShape);
        Tensor expected;
        try (ModelRunner ort = Backends.byName("float").open(file, BackendOptions.DEFAULT)) {
            expected = ort.run(Map.of("x", x)).get("out");
        }
        Tensor actual;
        try (ModelRunner java = Backends.byName("java").open(file, BackendOptions.DEFAULT)) {
            actual = java.run(Map.of("x", x)).get("out");
        }
        assertArrayEquals(expected.shape(), actual.shape(), node.getOpType() + " output shape");
        float scale = 1e-6f;
        for (int i = 0; i < expected.size(); i++) {
            scale = Math.max(scale, Math.abs(expected.get(i)));
        }
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), 1e-5 * scale, node.getOpType() + " value " + i);
        }
    }
}
