package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.app.gui.canvas.ViewTransform;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.sample.Landmarks;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class AnnotationEditingTest extends WindowTest {

    private OpenDataset openCopyAt(int index) throws Exception {
        return open(SampleSets.wflwCopy(dir), StudioView.ANNOTATE, index);
    }

    /** Shows point {@code p} at {@code scale} screen pixels per image pixel, centred in the canvas. */
    private Point2D zoomOnto(int index, OpenDataset open, int p, double scale) throws Exception {
        Landmarks lm = open.sample(index).landmarks();
        WaitForAsyncUtils.asyncFx(() -> {
            double w = window.canvas().getWidth();
            double h = window.canvas().getHeight();
            window.canvas().setView(new ViewTransform(scale, w / 2 - lm.x(p) * scale, h / 2 - lm.y(p) * scale));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ViewTransform v = window.canvas().view();
        return window.canvas().localToScreen(v.toScreenX(lm.x(p)), v.toScreenY(lm.y(p)));
    }

    @Test
    void draggingAPointMovesItByTheScreenDistanceOverTheZoomAtTwoZoomLevels(FxRobot robot) throws Exception {
        OpenDataset open = openCopyAt(3);
        Landmarks before = open.sample(3).landmarks();
        Point2D at = zoomOnto(3, open, 60, 2);
        robot.drag(at, MouseButton.PRIMARY).moveBy(30, -20).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Landmarks once = open.sample(3).landmarks();
        assertEquals(before.x(60) + 15, once.x(60), 0.01, "30 screen px at 200 % is 15 image px");
        assertEquals(before.y(60) - 10, once.y(60), 0.01);
        assertEquals(before.x(61), once.x(61), "only the dragged point moves");

        Point2D at4 = zoomOnto(3, open, 72, 4);
        robot.drag(at4, MouseButton.PRIMARY).moveBy(-20, 12).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Landmarks twice = open.sample(3).landmarks();
        assertEquals(before.x(72) - 5, twice.x(72), 0.01, "20 screen px at 400 % is 5 image px");
        assertEquals(before.y(72) + 3, twice.y(72), 0.01);
        assertEquals(2, open.session().history().undoDepth(), "one edit per drag");
    }

    @Test
    void undoAndRedoFromTheKeyboardThenSaveAndReopenFindsEveryEdit(FxRobot robot) throws Exception {
        OpenDataset open = openCopyAt(5);
        Landmarks before = open.sample(5).landmarks();
        Point2D at = zoomOnto(5, open, 54, 3);
        robot.drag(at, MouseButton.PRIMARY).moveBy(9, 6).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double movedX = before.x(54) + 3;
        assertEquals(movedX, open.sample(5).landmarks().x(54), 0.01);

        robot.clickOn(window.canvas(), MouseButton.SECONDARY);
        WaitForAsyncUtils.asyncFx(() -> window.canvas().select(10)).get();
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.x(10) + 1, open.sample(5).landmarks().x(10), 1e-9);
        assertEquals(before.y(10) + 10, open.sample(5).landmarks().y(10), 1e-9);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.y(10), open.sample(5).landmarks().y(10), 1e-9, "undo takes back the Shift nudge");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.y(10) + 10, open.sample(5).landmarks().y(10), 1e-9, "redo puts it back");
        assertTrue(open.session().dirty());

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(open.session().dirty(), "Ctrl+S saved");
        assertTrue(Files.exists(Path.of(open.source() + ".bak")), "the previous file is kept as .bak");

        Dataset reread = DatasetFormats.standard().read(open.source(), null, ReadOptions.DEFAULT);
        Landmarks saved = reread.samples().get(5).landmarks();
        assertEquals(movedX, saved.x(54), 1e-3);
        assertEquals(before.x(10) + 1, saved.x(10), 1e-3);
        assertEquals(before.y(10) + 10, saved.y(10), 1e-3);
        assertEquals(before.x(11), saved.x(11), 1e-3, "untouched points keep their values");

        try (Workspace again = new Workspace(dir.resolve("journals"))) {
            OpenDataset reopened = again.read(open.source());
            assertEquals(saved, reopened.sample(5).landmarks(), "reopening in the studio finds the saved edits");
            assertTrue(reopened.recovery().isEmpty(), "a saved session leaves nothing to recover");
        }
    }
}
