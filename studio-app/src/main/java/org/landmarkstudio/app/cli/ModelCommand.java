package org.landmarkstudio.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code studio model} group: run models on raw tensors. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Run and time models on raw tensors with any backend.",
        subcommands = {ModelRunCommand.class, ModelBenchCommand.class})
public final class ModelCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
