package org.landmarkstudio.core.format.wflw;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.stats.DatasetStats;
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
 * Times reading a 100,000-line WFLW annotation file (207 tokens a line, 6-decimal coordinates
 * like the real lists) and computing its statistics, on one core with the collector the
 * {@code ./studio} command line uses (parallel GC): the target is under one second. Image
 * checks are off, as the generated paths point nowhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-XX:+UseParallelGC", "-Xmx2g"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class WflwParseBenchmark {

    private static final int LINES = 100_000;

    private Path file;

    @Setup
    public void writeFile() throws IOException {
        file = Files.createTempFile("wflw-bench", ".txt");
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            StringBuilder line = new StringBuilder(2048);
            for (int n = 0; n < LINES; n++) {
                line.setLength(0);
                double cx = 200 + random.nextDouble() * 600;
                double cy = 200 + random.nextDouble() * 400;
                for (int p = 0; p < 98; p++) {
                    line.append(String.format(Locale.ROOT, "%.6f %.6f ",
                            cx + random.nextGaussian() * 40, cy + random.nextGaussian() * 40));
                }
                line.append((int) cx - 120).append(' ').append((int) cy - 120).append(' ')
                        .append((int) cx + 120).append(' ').append((int) cy + 120);
                for (int a = 0; a < 6; a++) {
                    line.append(' ').append(random.nextInt(10) == 0 ? 1 : 0);
                }
                line.append(" 12--Group/12_Group_Group_12_Group_Group_12_").append(n).append(".jpg");
                out.write(line.toString());
                out.newLine();
            }
        }
    }

    @TearDown
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public DatasetStats readAndSummarize() throws IOException {
        Dataset dataset = new WflwFormat().read(file, new ReadOptions(null, false, false));
        if (dataset.size() != LINES) {
            throw new IllegalStateException("read " + dataset.size() + " samples: " + dataset.problems());
        }
        return DatasetStats.of(dataset, EyeAperture.DEFAULT);
    }
}
