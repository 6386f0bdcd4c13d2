package org.landmarkstudio.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.landmarkstudio.core.dataset.DatasetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code studio} command: dispatches to the subcommands and maps exit codes. */
@Command(name = "studio", mixinStandardHelpOptions = true, version = "Landmark Studio 0.1",
        description = "Landmark Studio: datasets, annotation, inference and evaluation for PFPLD-family "
                + "facial landmark models.",
        subcommands = {OpenCommand.class, SnapshotCommand.class, DataCommand.class, ModelCommand.class, InferCommand.class, EvalCommand.class,
            CommandLine.HelpCommand.class})
public final class StudioCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** A configured command line; tests use it to capture output. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new StudioCommand());
        cmd.setExecutionExceptionHandler(StudioCommand::handleFailure);
        return cmd;
    }

    /** No subcommand: the window on the built-in sample sets. */
    @Override
    public Integer call() {
        return OpenCommand.open(spec.commandLine(), List.of());
    }

    private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof DatasetException || e instanceof BadInputException) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            err.println("error: no such file: " + missing.getFile());
            return ExitCode.BAD_INPUT;
        }
        err.println("internal error: " + e);
        e.printStackTrace(err);
        return ExitCode.INTERNAL;
    }
}
