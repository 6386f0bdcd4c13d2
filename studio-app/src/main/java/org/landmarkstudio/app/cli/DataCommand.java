package org.landmarkstudio.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code studio data} group: inspect, validate, convert and merge datasets. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Inspect, validate, convert and merge landmark datasets.",
        subcommands = {DataStatsCommand.class, DataShowCommand.class, DataValidateCommand.class,
            DataConvertCommand.class, DataMergeCommand.class, DataSynthCommand.class})
public final class DataCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
