package org.landmarkstudio.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.landmarkstudio.app.gui.workspace.BuiltInSamples;
import org.landmarkstudio.app.gui.workspace.Workspace;

/**
 * The JavaFX application: one window over a workspace, opening the datasets named on the command
 * line (or the built-in sample sets) in the background once the window shows.
 */
public final class StudioApp extends Application {

    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        List<Path> paths = raw.isEmpty() ? BuiltInSamples.paths() : raw.stream().map(Path::of).toList();
        workspace = new Workspace(Workspace.defaultJournalDir());
        StudioWindow window = new StudioWindow(workspace, Preferences.userNodeForPackage(StudioApp.class));
        Scene scene = new Scene(window, 1440, 900);
        StudioWindow.style(scene);
        stage.titleProperty().bind(window.actions().titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!window.actions().confirmClose()) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.show();
        window.load(paths);
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
