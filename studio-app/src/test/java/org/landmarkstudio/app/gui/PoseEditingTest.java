package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Changing a head pose in the window with the yaw slider, undoing it, and saving it into a 300W-LP .mat file. */
class PoseEditingTest extends WindowTest {

    @Test
    void theYawSliderChangesThePoseUndoTakesItBackAndSaveWritesItToTheMatFile(FxRobot robot) throws Exception {
        Path folder = SampleSets.lp300wCopy(dir);
        OpenDataset open = open(folder, StudioView.POSE, 2);
        HeadPose before = open.sample(2).pose();

        Slider yaw = robot.lookup("#yaw-slider").queryAs(Slider.class);
        Node thumb = yaw.lookup(".thumb");
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(25, 0).moveBy(25, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        HeadPose after = open.sample(2).pose();
        assertNotEquals(before.yaw(), after.yaw(), 1e-6);
        assertEquals(Math.round(yaw.getValue() * 10) / 10.0, after.yaw(), 1e-9, "the session holds the slider's yaw");
        assertEquals(before.pitch(), after.pitch(), 0.0);
        assertEquals(PoseSource.ANNOTATOR, after.source());
        assertEquals(1, open.session().history().undoDepth(), "one drag of the slider is one edit");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, open.sample(2).pose(), "undo restores the pose");
        assertEquals(before.yaw(), yaw.getValue(), 0.06, "and the slider shows it");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, open.sample(2).pose());

        WaitForAsyncUtils.asyncFx(() -> window.actions().saveAll()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(open.session().dirty());
        HeadPose saved = DatasetFormats.standard().read(folder, null, ReadOptions.DEFAULT).samples().get(2).pose();
        assertEquals(after.yaw(), saved.yaw(), 1e-9, "the .mat file holds the new yaw (radians in Pose_Para)");
        assertEquals(after.pitch(), saved.pitch(), 1e-9);
        assertTrue(open.source().toFile().isDirectory());
    }

    @Test
    void estimateFromLandmarksShowsTheSolvePnpPoseAndAcceptingItRecordsItsSource(FxRobot robot) throws Exception {
        OpenDataset open = open(SampleSets.lp300wCopy(dir), StudioView.POSE, 4);
        long deadline = System.currentTimeMillis() + 20_000;
        while (!WaitForAsyncUtils.asyncFx(window::settled).get() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        HeadPose label = open.sample(4).pose();
        robot.clickOn("#pose-estimate");
        robot.clickOn("#pose-accept");
        WaitForAsyncUtils.waitForFxEvents();
        HeadPose accepted = open.sample(4).pose();
        assertEquals(PoseSource.SOLVE_PNP, accepted.source());
        // The synthetic face was rendered at its label pose: the geometric estimate lands near it.
        assertEquals(label.yaw(), accepted.yaw(), 15, "yaw estimate near the rendered pose");
        assertEquals(label.roll(), accepted.roll(), 15, "roll estimate near the rendered pose");
        assertEquals(1, open.session().history().undoDepth());
    }

    @Test
    void savingAPoseIntoAWflwListAsksFirstBecauseTheFormatHasNoPoseColumn(FxRobot robot) throws Exception {
        OpenDataset open = open(SampleSets.wflwCopy(dir), StudioView.POSE, 1);
        HeadPose pose = new HeadPose(12.5, -4, 2, PoseSource.ANNOTATOR);
        WaitForAsyncUtils.asyncFx(() -> window.editPose("Set pose", pose)).get();
        WaitForAsyncUtils.asyncFx(() -> window.actions().saveAll());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains("has no pose column")).tryQuery().isPresent(), "the user is asked");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(open.session().dirty(), "Cancel saves nothing");

        WaitForAsyncUtils.asyncFx(() -> window.actions().saveAll());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Save without poses");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(open.session().dirty(), "saved once the user agreed");
        assertEquals(pose, open.sample(1).pose(), "the pose stays in the session");
    }
}
