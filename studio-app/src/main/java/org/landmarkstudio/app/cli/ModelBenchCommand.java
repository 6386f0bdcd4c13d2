package org.landmarkstudio.app.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.backend.TensorDescriptor;
import org.landmarkstudio.engine.tensor.Tensor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studio model bench}: a quick latency reading of one model on one backend (min, median,
 * p90 over repeated runs on a fixed random input). For published figures use the JMH
 * benchmarks; this is for a user comparing backends on their own machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time a model on a backend: latency min/median/p90 in ms over repeated runs.")
public final class ModelBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ModelChoice choice;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Timed runs (default 50).")
    private int runs;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "10", description = "Untimed runs first (default 10).")
    private int warmup;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmup at least 0");
        }
        double[] ms = new double[runs];
        try (ModelRunner runner = choice.open(spec.commandLine())) {
            Map<String, Tensor> inputs = randomInputs(runner);
            for (int i = 0; i < warmup; i++) {
                runner.run(inputs);
            }
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                runner.run(inputs);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        } catch (ModelException e) {
            throw new BadInputException(e.getMessage());
        }
        Arrays.sort(ms);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("min", ms[0]);
        latency.put("median", ms[(runs - 1) / 2]);
        latency.put("p90", ms[(int) Math.ceil(0.9 * runs) - 1]);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("backend", choice.backend());
        doc.put("threads", choice.threads());
        doc.put("runs", runs);
        doc.put("ms", latency);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getOut().printf("%s, %d thread(s), %d runs: min %.2f ms, median %.2f ms, p90 %.2f ms%n",
                    choice.backend(), choice.threads(), runs, latency.get("min"), latency.get("median"), latency.get("p90"));
        }
        return ExitCode.DONE;
    }

    /** A fixed pseudo-random input in [0, 1) per model input; open dimensions become 1. */
    private static Map<String, Tensor> randomInputs(ModelRunner runner) {
        SplittableRandom random = new SplittableRandom(1);
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (TensorDescriptor d : runner.inputs()) {
            long[] dims = d.shape();
            int[] shape = new int[dims.length];
            for (int i = 0; i < dims.length; i++) {
                shape[i] = dims[i] > 0 ? Math.toIntExact(dims[i]) : 1;
            }
            float[] data = new float[Math.toIntExact(Tensor.elementCount(shape))];
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) random.nextDouble();
            }
            inputs.put(d.name(), Tensor.of(data, shape));
        }
        return inputs;
    }
}
