package org.landmarkstudio.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.landmarkstudio.app.gui.StudioLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code studio open PATH...} (and {@code studio} alone): the studio window on these datasets or on
 * the built-in sample sets.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the studio window on datasets (none: the built-in sample sets).")
public final class OpenCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Dataset files or folders, any format the data commands read.")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        return open(spec.commandLine(), paths);
    }

    /** Opens the window, or explains why it cannot (no display, a missing path). */
    static int open(CommandLine commandLine, List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                commandLine.getErr().println(p + ": no such file or folder");
                return ExitCode.BAD_INPUT;
            }
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            commandLine.getErr().println("No display: the studio window needs a graphical session (DISPLAY is not set). "
                    + "Without one, `./studio snapshot --out FILE.png` renders a view to a file, and the data, "
                    + "model, infer and eval commands work as usual; `./studio --help` lists them.");
            return ExitCode.USAGE;
        }
        try {
            StudioLauncher.open(paths);
        } catch (UnsupportedOperationException noDisplay) {
            // What JavaFX's GTK toolkit throws when the display named by DISPLAY cannot be opened.
            commandLine.getErr().println("Cannot open the studio window on display " + System.getenv("DISPLAY") + ": "
                    + noDisplay.getMessage() + ". Check that an X server runs there and that this user may use it; "
                    + "`./studio snapshot --out FILE.png` works without one.");
            return ExitCode.USAGE;
        }
        return ExitCode.DONE;
    }
}
