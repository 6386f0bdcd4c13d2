package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landmarkstudio.app.gui.attributes.AttributesPanel;
import org.landmarkstudio.app.gui.eyes.EyesInspector;
import org.landmarkstudio.app.gui.pose.PosePanel;
import org.landmarkstudio.core.sample.FaceSample;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The three inspector components stacked in a column as narrow as the window's right-hand
 * inspector at 1440x900, to check that they stay readable there (the snapshot is looked at).
 */
@ExtendWith(ApplicationExtension.class)
class InspectorColumnSnapshotTest {

    private VBox column;

    @Start
    void start(Stage stage) {
        FaceSample sample = GuiSamples.lp300w().get(0);
        EyesInspector eyes = new EyesInspector();
        eyes.setSample(sample, GuiSamples.imageOf(sample));
        PosePanel pose = new PosePanel();
        pose.setSample(sample);
        AttributesPanel attributes = new AttributesPanel();
        attributes.setSample(sample);
        column = new VBox(eyes, pose, attributes);
        // Taller than the headless screen (1280x800), so the scene is snapshotted without a window.
        new Scene(column, 420, 1500);
        stage.show();
    }

    @Test
    void columnSnapshot(FxRobot robot) throws java.io.IOException {
        Path[] shot = new Path[1];
        robot.interact(() -> shot[0] = GuiSamples.snapshot(column, "inspector-column"));
        assertTrue(Files.size(shot[0]) > 10_000);
    }
}
