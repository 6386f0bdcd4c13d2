package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.sample.FaceSample;

/** The committed sample sets, read through the dataset layer, and snapshots of components for review. */
public final class GuiSamples {

    /** The synthetic WFLW list committed in sample-data (relative to the studio-app module). */
    public static final Path WFLW = Path.of("..", "sample-data", "sets", "wflw", "WFLW_annotations",
            "list_98pt_rect_attr_synthetic.txt");

    /** The synthetic 300W-LP folder committed in sample-data (68 points and Pose_Para). */
    public static final Path LP300W = Path.of("..", "sample-data", "sets", "300wlp");

    private GuiSamples() {
    }

    /** The samples of the synthetic WFLW list. */
    public static List<FaceSample> wflw() {
        return read(WFLW);
    }

    /** The samples of the synthetic 300W-LP set, in the reader's order. */
    public static List<FaceSample> lp300w() {
        return read(LP300W);
    }

    private static List<FaceSample> read(Path path) {
        try {
            Dataset d = DatasetFormats.standard().read(path, null, ReadOptions.DEFAULT);
            assertTrue(d.problems().isEmpty(), () -> "problems reading " + path + ": " + d.problems());
            return d.samples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image of a sample, loaded synchronously. */
    public static Image imageOf(FaceSample sample) {
        Image image = new Image(sample.image().resolved().toUri().toString(), false);
        assertTrue(!image.isError(), () -> "cannot load " + sample.image().resolved());
        return image;
    }

    /** Writes a snapshot of {@code node} to {@code target/gui-snapshots/NAME.png}; call on the FX thread. */
    public static Path snapshot(Node node, String name) {
        WritableImage shot = node.snapshot(new SnapshotParameters(), null);
        Path out = Path.of("target", "gui-snapshots", name + ".png");
        try {
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
