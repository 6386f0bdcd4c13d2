package org.landmarkstudio.engine.onnx;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.ValueInfoProto;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.graph.Graph;
import org.landmarkstudio.engine.graph.Node;
import org.landmarkstudio.engine.graph.ValueInfo;

/**
 * Reads an ONNX model into a {@link Graph} for the pure-Java engine, failing at load, with the file and
 * node named, on anything the engine cannot run: a truncated or corrupt file, an unsupported operator,
 * external tensor data, shapes that do not fit.
 */
public final class OnnxImporter {

    private OnnxImporter() {
    }

    /**
     * The graph of the ONNX file {@code file}.
     *
     * @throws ModelException whose message starts with the file name and says what is wrong
     */
    public static Graph read(Path file) throws ModelException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelException(file + ": no such model file", e);
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read it: " + e.getMessage(), e);
        }
        ModelProto model;
        try {
            model = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new ModelException(file + ": not a complete ONNX model (truncated or corrupt?): " + e.getMessage(), e);
        }
        return convert(model, file.toString());
    }

    /**
     * The graph of {@code model}.
     *
     * @param source how messages name the model (its file)
     * @throws ModelException whose message starts with {@code source}
     */
    public static Graph convert(ModelProto model, String source) throws ModelException {
        if (!model.hasGraph() || model.getGraph().getNodeCount() == 0) {
            throw new ModelException(source + ": holds no graph (is it an ONNX model?)");
        }
        GraphProto proto = model.getGraph();
        try {
            Constants constants = new Constants();
            for (TensorProto t : proto.getInitializerList()) {
                constants.add(t.getName(), t);
            }
            NodeTranslator translator = new NodeTranslator(constants, opset(model));
            ShapeFolding folding = new ShapeFolding(constants);
            constants.floats().forEach((name, t) -> folding.known(name, t.shape()));
            for (ValueInfoProto v : proto.getInputList()) {
                if (constants.floatValue(v.getName()) == null && constants.longValue(v.getName()) == null) {
                    folding.known(v.getName(), valueInfo(v).shape());
                }
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < proto.getNodeCount(); i++) {
                NodeProto node = proto.getNode(i);
                String label = node.getName().isEmpty() ? "#" + i + " (unnamed)" : node.getName();
                if (node.getOpType().equals("Constant") && (node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx"))) {
                    constant(node, label, constants);
                } else if (!folding.fold(node)) {
                    Node translated = translator.translate(node, label);
                    nodes.add(translated);
                    folding.follow(translated);
                }
            }
            List<ValueInfo> inputs = new ArrayList<>();
            for (ValueInfoProto v : proto.getInputList()) {
                if (constants.floatValue(v.getName()) == null && constants.longValue(v.getName()) == null) {
                    inputs.add(valueInfo(v));
                }
            }
            List<ValueInfo> outputs = new ArrayList<>();
            for (ValueInfoProto v : proto.getOutputList()) {
                outputs.add(valueInfo(v));
            }
            Graph graph = new Graph(inputs, constants.floats(), nodes, outputs);
            Map<String, int[]> probe = new HashMap<>();
            for (ValueInfo in : inputs) {
                int[] shape = in.shape();
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = Math.max(shape[d], 1);
                }
                probe.put(in.name(), shape);
            }
            graph.inferShapes(probe);
            return graph;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ModelException(source + ": " + e.getMessage(), e);
        }
    }

    private static long opset(ModelProto model) {
        for (OperatorSetIdProto o : model.getOpsetImportList()) {
            if (o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx")) {
                return o.getVersion();
            }
        }
        throw new IllegalArgumentException("imports no version of the default ONNX operator set");
    }

    private static void constant(NodeProto node, String label, Constants constants) {
        Attributes attributes = new Attributes(node);
        if (!attributes.has("value") || !attributes.attribute("value").hasT() || node.getOutputCount() != 1) {
            throw new IllegalArgumentException("Constant node '" + label + "' must hold one tensor 'value'");
        }
        constants.add(node.getOutput(0), attributes.attribute("value").getT());
    }

    private static ValueInfo valueInfo(ValueInfoProto v) {
        if (!v.getType().hasTensorType() || v.getType().getTensorType().getElemType() != TensorProto.DataType.FLOAT_VALUE) {
            throw new IllegalArgumentException("graph value '" + v.getName() + "' is not a float tensor; the java backend runs fp32 models");
        }
        List<TensorShapeProto.Dimension> dims = v.getType().getTensorType().getShape().getDimList();
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).hasDimValue() ? Math.toIntExact(dims.get(i).getDimValue()) : -1;
        }
        return new ValueInfo(v.getName(), shape);
    }
}
