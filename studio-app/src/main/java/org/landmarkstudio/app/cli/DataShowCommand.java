package org.landmarkstudio.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.sample.FaceSample;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studio data show}: one sample with its landmarks, box, attributes, pose and eye states. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one sample: landmarks in image pixels, box, attributes, pose in degrees, eye states.")
public final class DataShowCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private DatasetInputs inputs;

    @Option(names = "--index", paramLabel = "I", defaultValue = "0",
            description = "Sample index, from 0, across all paths in order (within --subset if given; default 0).")
    private int index;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<FaceSample> all = new ArrayList<>();
        for (Dataset d : inputs.read()) {
            all.addAll(d.samples());
        }
        if (index < 0 || index >= all.size()) {
            throw new BadInputException("--index " + index + " is out of range: the dataset has "
                    + all.size() + " samples (0.." + (all.size() - 1) + ")");
        }
        SampleView view = SampleView.of(all.get(index), inputs.eyes());
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), view);
        } else {
            spec.commandLine().getOut().println(JsonOutput.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(view));
        }
        return ExitCode.DONE;
    }
}
