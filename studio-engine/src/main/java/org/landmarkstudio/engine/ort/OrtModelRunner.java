package org.landmarkstudio.engine.ort;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.InputCheck;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.backend.TensorDescriptor;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Runs an ONNX model with ONNX Runtime. Only errors are logged: third-party exports trigger
 * ONNX Runtime warnings (initializers listed as graph inputs) by the dozen that users cannot act on.
 */
final class OrtModelRunner implements ModelRunner {

    private final Path model;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final List<TensorDescriptor> inputs;
    private final List<TensorDescriptor> outputs;

    private OrtModelRunner(Path model, OrtEnvironment environment, OrtSession session) throws OrtException {
        this.model = model;
        this.environment = environment;
        this.session = session;
        this.inputs = describe(session.getInputInfo());
        this.outputs = describe(session.getOutputInfo());
    }

    static OrtModelRunner open(Path model, BackendOptions options) throws ModelException {
        if (!Files.isRegularFile(model)) {
            throw new ModelException(model + ": no such model file");
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        try (OrtSession.SessionOptions sessionOptions = new OrtSession.SessionOptions()) {
            sessionOptions.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            sessionOptions.setIntraOpNumThreads(options.threads());
            sessionOptions.setInterOpNumThreads(1);
            sessionOptions.addConfigEntry("session.intra_op.allow_spinning", "0");
            sessionOptions.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.toString(), sessionOptions);
            return new OrtModelRunner(model, environment, session);
        } catch (OrtException e) {
            throw new ModelException(model + ": ONNX Runtime cannot load it: " + e.getMessage(), e);
        }
    }

    @Override
    public String backend() {
        return OrtBackendProvider.NAME;
    }

    @Override
    public List<TensorDescriptor> inputs() {
        return inputs;
    }

    @Override
    public List<TensorDescriptor> outputs() {
        return outputs;
    }

    @Override
    public Map<String, Tensor> run(Map<String, Tensor> values) throws ModelException {
        InputCheck.check(model, inputs, values);
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            for (Map.Entry<String, Tensor> e : values.entrySet()) {
                Tensor t = e.getValue();
                feeds.put(e.getKey(), OnnxTensor.createTensor(environment, FloatBuffer.wrap(t.toArray()), longs(t.shape())));
            }
            try (OrtSession.Result result = session.run(feeds)) {
                Map<String, Tensor> out = new LinkedHashMap<>();
                for (TensorDescriptor info : outputs) {
                    OnnxTensor tensor = (OnnxTensor) result.get(info.name()).orElseThrow();
                    FloatBuffer buffer = tensor.getFloatBuffer();
                    float[] data = new float[buffer.remaining()];
                    buffer.get(data);
                    out.put(info.name(), Tensor.of(data, ints(tensor.getInfo().getShape())));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new ModelException(model + ": ONNX Runtime failed to run it: " + e.getMessage(), e);
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(model + ": cannot close the ONNX Runtime session", e);
        }
    }

    private static List<TensorDescriptor> describe(Map<String, NodeInfo> nodes) {
        List<TensorDescriptor> out = new ArrayList<>();
        for (NodeInfo node : nodes.values()) {
            long[] shape = node.getInfo() instanceof TensorInfo t ? t.getShape() : new long[0];
            out.add(new TensorDescriptor(node.getName(), shape));
        }
        return out;
    }

    private static long[] longs(int[] shape) {
        long[] out = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i];
        }
        return out;
    }

    private static int[] ints(long[] shape) {
        int[] out = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = Math.toIntExact(shape[i]);
        }
        return out;
    }
}
