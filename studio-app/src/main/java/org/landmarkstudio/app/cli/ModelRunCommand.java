package org.landmarkstudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.tensor.Tensor;
import org.landmarkstudio.engine.tensor.TensorFiles;
import org.landmarkstudio.engine.tensor.TensorSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studio model run}: raw float32 tensors in, raw tensors out, on the chosen backend;
 * the way to compare a backend with a reference output bit for bit.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a model on raw float32 tensors (NAME=FILE.f32:DIMS) and write its outputs as .f32 files.")
public final class ModelRunCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ModelChoice choice;

    @Option(names = "--input", required = true, paramLabel = "NAME=FILE.f32:DIMS",
            description = "An input tensor, e.g. input=crop.f32:1x3x112x112 (repeat for several).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Where to write <output>.f32.")
    private Path out;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, Tensor> feeds = new LinkedHashMap<>();
        try {
            for (String text : inputs) {
                TensorSpec input = TensorSpec.parse(text);
                feeds.put(input.name(), TensorFiles.read(input.file(), input.shape()));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        try (ModelRunner runner = choice.open(spec.commandLine())) {
            long start = System.nanoTime();
            Map<String, Tensor> outputs = runner.run(feeds);
            double ms = (System.nanoTime() - start) / 1e6;
            Files.createDirectories(out);
            List<Map<String, Object>> written = new ArrayList<>();
            for (Map.Entry<String, Tensor> e : outputs.entrySet()) {
                Path file = out.resolve(e.getKey().replaceAll("[^A-Za-z0-9._-]", "_") + ".f32");
                TensorFiles.write(file, e.getValue());
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("name", e.getKey());
                o.put("shape", e.getValue().shape());
                o.put("file", file.toString());
                written.add(o);
            }
            doc.put("backend", runner.backend());
            doc.put("outputs", written);
            doc.put("ms", ms);
        } catch (ModelException e) {
            throw new BadInputException(e.getMessage());
        }
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), doc);
        } else {
            PrintWriter text = spec.commandLine().getOut();
            text.printf(Locale.ROOT, "%s backend, %.2f ms%n", doc.get("backend"), (Double) doc.get("ms"));
            for (Object o : (List<?>) doc.get("outputs")) {
                Map<?, ?> output = (Map<?, ?>) o;
                text.printf("%s %s -> %s%n", output.get("name"), Tensor.format((int[]) output.get("shape")), output.get("file"));
            }
        }
        return ExitCode.DONE;
    }
}
