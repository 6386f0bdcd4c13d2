package org.landmarkstudio.core.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.testing.SyntheticFaces;
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
 * Times {@link DatasetStats#of} on 100,000 WFLW faces (a quarter with a closed eye, half with
 * a pose, a flag each), the size the statistics must stay instant for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DatasetStatsBenchmark {

    private Dataset dataset;

    @Setup
    public void createDataset() {
        List<FaceSample> samples = new ArrayList<>(100_000);
        FaceSample[] faces = {
            SyntheticFaces.sample(SyntheticFaces.wflw(SyntheticFaces.OPEN, SyntheticFaces.OPEN)),
            SyntheticFaces.sample(SyntheticFaces.wflw(SyntheticFaces.CLOSED, SyntheticFaces.OPEN)),
            SyntheticFaces.sample(SyntheticFaces.wflw(SyntheticFaces.OPEN, SyntheticFaces.OPEN)),
            SyntheticFaces.sample(SyntheticFaces.wflw(SyntheticFaces.OPEN, SyntheticFaces.CLOSED))};
        WflwAttribute[] flags = WflwAttribute.values();
        for (int i = 0; i < 100_000; i++) {
            FaceSample face = faces[i % faces.length]
                    .withAttributes(FaceAttributes.NONE.with(flags[i % flags.length], true));
            if (i % 2 == 0) {
                face = face.withPose(new HeadPose(i % 90 - 45, i % 60 - 30, i % 20 - 10, PoseSource.PFPLD_LIST));
            }
            samples.add(face);
        }
        dataset = Dataset.of("wflw", Path.of("list.txt"), PointSchema.WFLW_98, samples);
    }

    @Benchmark
    public DatasetStats stats() {
        return DatasetStats.of(dataset, EyeAperture.DEFAULT);
    }
}
