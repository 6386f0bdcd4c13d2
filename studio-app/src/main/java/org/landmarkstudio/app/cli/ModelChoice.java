package org.landmarkstudio.app.cli;

import java.nio.file.Path;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options the model commands share (model file, backend, threads) and how they open the model. */
final class ModelChoice {

    @Option(names = "--model", required = true, paramLabel = "M", description = "The model file (.onnx).")
    private Path model;

    @Option(names = "--backend", paramLabel = "B", defaultValue = "float", description = "Backend (default float).")
    private String backend;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1", description = "Intra-op threads (default 1).")
    private int threads;

    String backend() {
        return backend;
    }

    int threads() {
        return threads;
    }

    /**
     * Opens the model on the chosen backend.
     *
     * @throws CommandLine.ParameterException for an unknown backend or fewer than one thread
     * @throws ModelException when the model cannot be opened
     */
    ModelRunner open(CommandLine commandLine) throws ModelException {
        if (threads < 1) {
            throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1");
        }
        try {
            return Backends.byName(backend).open(model, new BackendOptions(threads));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }
}
