package org.landmarkstudio.app.gui.snapshot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.landmarkstudio.app.gui.HeadlessFx;
import org.landmarkstudio.app.gui.StudioView;
import org.landmarkstudio.app.gui.StudioWindow;
import org.landmarkstudio.app.gui.workspace.BuiltInSamples;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;

/**
 * Renders one view of the studio window to a PNG without a display: JavaFX runs on Monocle's
 * headless platform with the software renderer, the window is built at the requested size, the
 * datasets are read, the face is chosen, and the picture is taken once every thumbnail and the
 * face's image have loaded. Edit journals go to a temporary folder, so a snapshot never touches
 * the user's unsaved work.
 */
public final class StudioSnapshot {

    /** How long to wait for thumbnails and images before taking the picture anyway. */
    private static final long SETTLE_MILLIS = 30_000;

    private StudioSnapshot() {
    }

    /**
     * Writes the picture.
     *
     * @param dataset the dataset to show, or null for the built-in sample sets (the first is shown)
     * @param index the face, an index into that dataset
     * @throws IllegalArgumentException when the index is outside the dataset
     */
    public static void render(Path dataset, int index, StudioView view, int width, int height, Path out)
            throws IOException, InterruptedException {
        HeadlessFx.start(width, height);
        Path journals = Files.createTempDirectory("studio-snapshot-journals");
        Workspace workspace = new Workspace(journals);
        try {
            List<OpenDataset> opened = new ArrayList<>();
            for (Path p : dataset == null ? BuiltInSamples.paths() : List.of(dataset)) {
                opened.add(workspace.read(p));
            }
            OpenDataset shown = opened.get(0);
            if (index < 0 || index >= shown.size()) {
                throw new IllegalArgumentException("--index " + index + " is outside " + shown.name() + " (0.."
                        + (shown.size() - 1) + ")");
            }
            StudioWindow window = HeadlessFx.call(() -> {
                StudioWindow w = new StudioWindow(workspace, Preferences.userRoot().node("landmark-studio-snapshot"));
                Scene scene = new Scene(w, width, height);
                StudioWindow.style(scene);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                workspace.datasets().addAll(opened);
                w.present(view, shown, index);
                w.say(opened.size() + (opened.size() == 1 ? " dataset open" : " datasets open"));
                return w;
            });
            long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
            do {
                Thread.sleep(100);
            } while (!HeadlessFx.call(window::settled) && System.currentTimeMillis() < deadline);
            Thread.sleep(200);
            WritableImage image = HeadlessFx.call(() -> window.getScene().snapshot(null));
            BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(picture, "png", out.toFile())) {
                throw new IOException("no PNG writer for " + out);
            }
        } finally {
            workspace.close();
            try (var files = Files.list(journals)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(journals);
        }
    }
}
