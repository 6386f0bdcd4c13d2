package org.landmarkstudio.sampledata;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Faces per second of {@link FaceGenerator} at 256 x 256 with the default options, rendering
 * included, on one core (the target is 200). Each call makes the next face of one set,
 * so the rate averages over poses, occluders, blur and JPEG as generated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Djava.awt.headless=true"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 3)
public class FaceGeneratorBenchmark {

    private FaceGenerator generator;
    private int index;

    @Setup
    public void createGenerator() {
        generator = new FaceGenerator(SynthOptions.DEFAULT);
    }

    @Benchmark
    public SyntheticFace generate() {
        return generator.generate(42, index++);
    }
}
