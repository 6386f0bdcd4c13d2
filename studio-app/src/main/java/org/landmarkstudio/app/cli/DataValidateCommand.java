package org.landmarkstudio.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studio data validate}: lists every problem in the datasets; exit 1 if there is any. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check datasets and list every problem (file, line, what was expected); exit 1 if any.")
public final class DataValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private DatasetInputs inputs;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<Problem> problems = new ArrayList<>();
        int samples = 0;
        int skipped = 0;
        for (Dataset d : inputs.read()) {
            problems.addAll(d.problems());
            samples += d.size();
            skipped += d.skipped();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("samples", samples);
            doc.put("skipped", skipped);
            doc.put("problems", ProblemView.of(problems));
            JsonOutput.print(out, doc);
        } else {
            problems.forEach(p -> out.println(p));
            out.println(samples + " samples, " + skipped + " skipped, " + problems.size() + " problems");
        }
        return problems.isEmpty() ? ExitCode.DONE : ExitCode.BAD_INPUT;
    }
}
