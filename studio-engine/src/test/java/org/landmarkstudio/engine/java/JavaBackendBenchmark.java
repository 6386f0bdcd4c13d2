package org.landmarkstudio.engine.java;

import java.io.IOException;
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
 * The {@code java} backend on the PFPLD-topology model at batch 1, one thread, one processor:
 * the target is within 2x of the real ncnn library (about 4 ms here).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JavaBackendBenchmark {

    private ModelRunner runner;
    private Tensor input;

    @Setup
    public void open() throws IOException, ModelException {
        Path dir = Fixtures.reference().resolve("pfpld-random-s7");
        float[] batch = TensorFiles.read(dir.resolve("inputs.f32"), 4, 3, 112, 112).toArray();
        float[] one = new float[3 * 112 * 112];
        System.arraycopy(batch, 0, one, 0, one.length);
        input = Tensor.of(one, 1, 3, 112, 112);
        runner = Backends.byName("java").open(dir.resolve("pfpld.onnx"), BackendOptions.DEFAULT);
    }

    @TearDown
    public void close() {
        runner.close();
    }

    @Benchmark
    public Map<String, Tensor> pfpldBatch1() throws ModelException {
        return runner.run(Map.of("input", input));
    }
}
