package org.landmarkstudio.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.FaceSample;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code studio data convert}: writes datasets in another format, mapping the point schema
 * where needed; points with no source become the target format's placeholder.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write datasets in another format (mapping the point schema where needed).")
public final class DataConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private DatasetInputs inputs;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Target format: wflw, wflw-test, pfpld, coco, lapa, 300wlp, aflw2000.")
    private String to;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output file or folder.")
    private Path out;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        DatasetFormat target;
        try {
            target = DatasetFormats.standard().byId(to);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        List<FaceSample> samples = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Dataset first = null;
        for (Dataset d : inputs.read()) {
            first = first == null ? d : first;
            samples.addAll(d.samples());
            problems.addAll(d.problems());
        }
        Dataset merged = Dataset.of(first.format(), first.source(), first.schema(), samples);
        target.write(merged, out);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", target.id());
        doc.put("out", out.toString());
        doc.put("samples", samples.size());
        doc.put("problems", ProblemView.of(problems));
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getOut().println("wrote " + samples.size() + " samples as " + target.id() + " to " + out
                    + (problems.isEmpty() ? "" : " (" + problems.size() + " input problems; run data validate)"));
        }
        return ExitCode.DONE;
    }
}
