package org.landmarkstudio.app.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/**
 * Opens the studio window on datasets (or on the built-in sample sets) and returns when it closes.
 */
public final class StudioLauncher {

    private StudioLauncher() {
    }

    /** Shows the window on {@code datasets}; none means the built-in sample sets. Blocks until closed. */
    public static void open(List<Path> datasets) {
        ClasspathFx.quietModuleWarning();
        Application.launch(StudioApp.class, datasets.stream().map(Path::toString).toArray(String[]::new));
    }
}
