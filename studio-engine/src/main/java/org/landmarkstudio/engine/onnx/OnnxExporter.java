package org.landmarkstudio.engine.onnx;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.engine.graph.Graph;
import org.landmarkstudio.engine.graph.NoOnnxFormException;
import org.landmarkstudio.engine.graph.Node;
import org.landmarkstudio.engine.graph.OnnxForm;
import org.landmarkstudio.engine.graph.ValueInfo;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Writes a {@link Graph} as an ONNX model (IR 7, opset 11, which ONNX Runtime and most converters
 * load), so that a model edited or built in the studio can leave it: each operator gives its
 * {@link OnnxForm}, the weights become little-endian FLOAT initializers, and the constants the
 * importer folded into operators (pads, target shapes, bounds) become INT64 or float initializers again.
 */
public final class OnnxExporter {

    /** The IR version written: the one that goes with opset 11 and lets initializers stay out of the inputs. */
    static final long IR_VERSION = 7;
    /** The default-domain operator set written. */
    static final long OPSET = 11;

    private OnnxExporter() {
    }

    /**
     * The ONNX model of {@code graph}.
     *
     * @throws IllegalArgumentException naming the node and operator that has no ONNX form
     */
    public static ModelProto toModel(Graph graph) {
        GraphProto.Builder proto = GraphProto.newBuilder().setName("landmark-studio");
        for (Map.Entry<String, Tensor> weight : graph.initializers().entrySet()) {
            Tensor t = weight.getValue();
            proto.addInitializer(floatTensor(weight.getKey(), t.shape(), t.toArray()));
        }
        for (Node node : graph.nodes()) {
            proto.addNode(node(node, proto));
        }
        for (ValueInfo in : graph.inputs()) {
            proto.addInput(valueInfo(in));
        }
        for (ValueInfo out : graph.outputs()) {
            proto.addOutput(valueInfo(out));
        }
        return ModelProto.newBuilder().setIrVersion(IR_VERSION).setProducerName("landmark-studio")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(OPSET)).setGraph(proto).build();
    }

    /**
     * Writes the ONNX model of {@code graph} to {@code file}, atomically: readers never see half a model.
     *
     * @throws IllegalArgumentException naming the node and operator that has no ONNX form (nothing is written)
     */
    public static void write(Graph graph, Path file) throws IOException {
        ModelProto model = toModel(graph);
        AtomicFileWriter.write(file, model::writeTo);
    }

    /** The node of {@code node}; its folded constants are added to {@code graph} as initializers named after its output. */
    private static NodeProto node(Node node, GraphProto.Builder graph) {
        OnnxForm form;
        try {
            form = node.op().onnxForm();
        } catch (NoOnnxFormException e) {
            throw new IllegalArgumentException("cannot export " + node + " to ONNX: " + e.getMessage(), e);
        }
        NodeProto.Builder proto = NodeProto.newBuilder().setName(node.name()).setOpType(form.opType())
                .addAllInput(node.inputs()).addOutput(node.output());
        List<OnnxForm.Constant> constants = form.constantInputs();
        for (int i = 0; i < constants.size(); i++) {
            String name = node.output() + ":" + form.opType().toLowerCase(Locale.ROOT) + "-input-" + (node.inputs().size() + i);
            graph.addInitializer(constant(name, constants.get(i)));
            proto.addInput(name);
        }
        form.attributes().forEach((name, value) -> proto.addAttribute(attribute(name, value)));
        return proto.build();
    }

    private static TensorProto constant(String name, OnnxForm.Constant c) {
        if (c.float32() != null) {
            return floatTensor(name, c.shape(), c.float32());
        }
        ByteBuffer bytes = ByteBuffer.allocate(8 * c.int64().length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(c.int64());
        return TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addAllDims(dims(c.shape())).setRawData(ByteString.copyFrom(bytes.array())).build();
    }

    private static TensorProto floatTensor(String name, int[] shape, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                .addAllDims(dims(shape)).setRawData(ByteString.copyFrom(bytes.array())).build();
    }

    private static List<Long> dims(int[] shape) {
        return Arrays.stream(shape).asLongStream().boxed().toList();
    }

    private static AttributeProto attribute(String name, Object value) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name);
        if (value instanceof Long i) {
            a.setType(AttributeProto.AttributeType.INT).setI(i);
        } else if (value instanceof Float f) {
            a.setType(AttributeProto.AttributeType.FLOAT).setF(f);
        } else if (value instanceof String s) {
            a.setType(AttributeProto.AttributeType.STRING).setS(ByteString.copyFromUtf8(s));
        } else if (value instanceof long[] ints) {
            a.setType(AttributeProto.AttributeType.INTS);
            for (long v : ints) {
                a.addInts(v);
            }
        } else {
            throw new IllegalArgumentException("attribute '" + name + "' has a value of " + value.getClass()
                    + ", which has no ONNX attribute type here");
        }
        return a.build();
    }

    /** A float tensor value; open dimensions (-1) get a symbolic name, such as a dynamic batch. */
    private static ValueInfoProto valueInfo(ValueInfo value) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        int[] dims = value.shape();
        for (int d = 0; d < dims.length; d++) {
            TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
            if (dims[d] < 0) {
                dim.setDimParam(value.name() + "_dim" + d);
            } else {
                dim.setDimValue(dims[d]);
            }
            shape.addDim(dim);
        }
        return ValueInfoProto.newBuilder().setName(value.name()).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape)))
                .build();
    }
}
