package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;
import org.landmarkstudio.core.edit.LandmarksEdit;
import org.landmarkstudio.core.sample.Landmarks;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a dataset whose last session ended without saving: the window offers the edits, and Recover brings them back. */
class RecoveryPromptTest extends WindowTest {

    @Test
    void theWindowOffersTheUnsavedEditsOfAnEarlierSessionAndRecoverReplaysThem(FxRobot robot) throws Exception {
        Path list = SampleSets.wflwCopy(dir);
        Landmarks moved;
        try (Workspace earlier = new Workspace(dir.resolve("journals"))) {
            OpenDataset open = earlier.read(list);
            Landmarks before = open.sample(9).landmarks();
            moved = before.withPoint(33, before.x(33) + 4.25, before.y(33) - 1.5);
            open.apply(new LandmarksEdit(9, before, moved, "Move point 33"));
        }

        load(List.of(list));
        assertTrue(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains("Move point 33")).tryQuery().isPresent(), "the prompt lists the unsaved edit");
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        OpenDataset reopened = workspace.datasets().get(0);
        assertEquals(moved, reopened.sample(9).landmarks(), "the edit is back, to the last bit");
        assertTrue(reopened.edited(9), "and it is unsaved, as before the crash");
    }
}
