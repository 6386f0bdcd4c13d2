package org.landmarkstudio.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio window at 1440x900 on a fresh workspace for each test, headless: journals and
 * saved queries go to the test's own folder and preferences node.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    @TempDir
    Path dir;

    Workspace workspace;
    StudioWindow window;
    private Preferences preferences;

    /** TestFX looks for {@code @Start} in the test class only, so the stage is set up here instead. */
    @BeforeEach
    void show() throws Exception {
        workspace = new Workspace(dir.resolve("journals"));
        preferences = Preferences.userRoot().node("landmark-studio-test-" + System.nanoTime());
        FxToolkit.setupStage(stage -> {
            window = new StudioWindow(workspace, preferences);
            Scene scene = new Scene(window, 1440, 900);
            StudioWindow.style(scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
        preferences.removeNode();
    }

    /** Loads {@code paths} through the window, as File > Open does, and waits until they are in. */
    void load(List<Path> paths) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.load(paths)).get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Loads {@code path} and shows {@code view} of face {@code index}; returns the dataset. */
    OpenDataset open(Path path, StudioView view, int index) throws Exception {
        load(List.of(path));
        OpenDataset open = workspace.datasets().get(0);
        WaitForAsyncUtils.asyncFx(() -> window.present(view, open, index)).get();
        WaitForAsyncUtils.waitForFxEvents();
        return open;
    }
}
