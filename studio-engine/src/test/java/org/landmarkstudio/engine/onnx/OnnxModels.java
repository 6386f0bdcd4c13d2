package org.landmarkstudio.engine.onnx;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;
import org.landmarkstudio.engine.tensor.Tensor;

/** Small ONNX models built in tests, so that each operator and each load failure can be tried on its own. */
public final class OnnxModels {

    private OnnxModels() {
    }

    /** A model of one node reading float input {@code x} of {@code inputShape} and writing float output {@code out}. */
    public static ModelProto model(int opset, NodeProto node, int[] inputShape, TensorProto... initializers) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (int d : inputShape) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        GraphProto.Builder graph = GraphProto.newBuilder().setName("one-node").addNode(node)
                .addInput(ValueInfoProto.newBuilder().setName("x").setType(TypeProto.newBuilder()
                        .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))))
                .addOutput(ValueInfoProto.newBuilder().setName("out").setType(TypeProto.newBuilder()
                        .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE))));
        for (TensorProto t : initializers) {
            graph.addInitializer(t);
        }
        return ModelProto.newBuilder().setIrVersion(7).setProducerName("landmark-studio-test")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(opset)).setGraph(graph).build();
    }

    /** A node named {@code the TYPE} writing {@code out}. */
    public static NodeProto node(String type, List<String> inputs, AttributeProto... attributes) {
        NodeProto.Builder b = NodeProto.newBuilder().setOpType(type).setName("the " + type).addAllInput(inputs).addOutput("out");
        for (AttributeProto a : attributes) {
            b.addAttribute(a);
        }
        return b.build();
    }

    /** An INTS attribute. */
    public static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder b = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            b.addInts(v);
        }
        return b.build();
    }

    /** An INT attribute. */
    public static AttributeProto integer(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    /** A FLOAT attribute. */
    public static AttributeProto real(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    /** A FLOAT initializer with deterministic values, stored as raw little-endian bytes. */
    public static TensorProto floats(String name, int... shape) {
        float[] v = values((int) Tensor.elementCount(shape), name.hashCode());
        ByteBuffer raw = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(v);
        TensorProto.Builder b = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(ByteString.copyFrom(raw.array()));
        for (int d : shape) {
            b.addDims(d);
        }
        return b.build();
    }

    /** Values in [-1, 1) from a small linear congruential sequence, the same on every run. */
    public static float[] values(int n, int seed) {
        float[] out = new float[n];
        long s = seed & 0xffffffffL;
        for (int i = 0; i < n; i++) {
            s = (s * 1103515245L + 12345L) & 0x7fffffffL;
            out[i] = (s >> 8) / (float) (1 << 22) - 1f;
        }
        return out;
    }
}
