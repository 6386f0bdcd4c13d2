package org.landmarkstudio.app.gui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;

/**
 * The studio process the crash test kills: it opens the window (headless) on a dataset, makes the
 * {@link EditRecipe} edits through the window as the canvas reports them, says "ready" and waits
 * to be killed, never saving.
 *
 * <p>Arguments: the dataset path and the journal folder.
 */
public final class EditingStudioProcess {

    private EditingStudioProcess() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessFx.start(1280, 800);
        Workspace workspace = new Workspace(Path.of(args[1]));
        OpenDataset open = workspace.read(Path.of(args[0]));
        CompletableFuture<Void> edited = new CompletableFuture<>();
        Platform.runLater(() -> {
            StudioWindow window = new StudioWindow(workspace, Preferences.userRoot().node("landmark-studio-crash-test"));
            Stage stage = new Stage();
            stage.setScene(new Scene(window, 1280, 800));
            stage.show();
            workspace.datasets().add(open);
            for (int k = 0; k < EditRecipe.EDITS; k++) {
                window.present(StudioView.ANNOTATE, open, EditRecipe.sample(k));
                window.editLandmarks("Move point " + EditRecipe.point(k),
                        EditRecipe.apply(k, open.sample(EditRecipe.sample(k)).landmarks()));
            }
            edited.complete(null);
        });
        edited.join();
        System.out.println("ready " + open.session().history().undoDepth());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
