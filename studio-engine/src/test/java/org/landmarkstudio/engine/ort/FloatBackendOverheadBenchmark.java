package org.landmarkstudio.engine.ort;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.tensor.Tensor;
import org.landmarkstudio.engine.tensor.TensorFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The float backend's cost over a bare ONNX Runtime session: the PFPLD-topology model at batch
 * 1, one intra-op thread, spinning off in both. The bare session still wraps the input and reads
 * both outputs into Java arrays, the least any caller does; the target is under 10 % overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class FloatBackendOverheadBenchmark {

    private ModelRunner runner;
    private OrtEnvironment environment;
    private OrtSession bare;
    private Tensor input;
    private float[] inputData;

    @Setup
    public void open() throws IOException, ModelException, OrtException {
        Path model = Fixtures.reference().resolve("pfpld-random-s7/pfpld.onnx");
        float[] batch = TensorFiles.read(Fixtures.reference().resolve("pfpld-random-s7/inputs.f32"), 4, 3, 112, 112)
                .toArray();
        inputData = new float[3 * 112 * 112];
        System.arraycopy(batch, 0, inputData, 0, inputData.length);
        input = Tensor.of(inputData, 1, 3, 112, 112);
        runner = Backends.byName("float").open(model, BackendOptions.DEFAULT);
        environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            bare = environment.createSession(model.toString(), options);
        }
    }

    @TearDown
    public void close() throws OrtException {
        runner.close();
        bare.close();
    }

    @Benchmark
    public Map<String, Tensor> floatBackend() throws ModelException {
        return runner.run(Map.of("input", input));
    }

    @Benchmark
    public float[] bareSession() throws OrtException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(inputData),
                new long[] {1, 3, 112, 112});
             OrtSession.Result result = bare.run(Map.of("input", tensor))) {
            float[] pose = new float[3];
            float[] landms = new float[196];
            ((OnnxTensor) result.get("pose").orElseThrow()).getFloatBuffer().get(pose);
            ((OnnxTensor) result.get("landms").orElseThrow()).getFloatBuffer().get(landms);
            return landms;
        }
    }
}
