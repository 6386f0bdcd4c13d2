package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.app.gui.canvas.ViewTransform;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.SampleRef;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.subset.SubsetQuery;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The library's query field, gallery keys, canvas keys (Tab, unlabel, place) and export, driven as a user would. */
class WindowInteractionTest extends WindowTest {

    @Test
    void aTypedQueryBecomesASavedSubsetWithTheDatasetLayersCountAndABadOneIsExplained(FxRobot robot) throws Exception {
        Path list = SampleSets.wflwCopy(dir);
        load(List.of(list));
        Dataset direct = DatasetFormats.standard().read(list, null, ReadOptions.DEFAULT);
        long expected = direct.samples().stream().filter(SubsetQuery.parse("closed-eye & !occlusion")::contains).count();

        robot.clickOn("#library-query").write("closed-eye & !occlusion").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("query: closed-eye & !occlusion", window.library().selectedProperty().get().label());
        assertEquals(expected, window.gallery().faces().size());

        robot.doubleClickOn("#library-query").eraseText(40).write("closed-eye & (").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(n -> n instanceof Label l && l.isVisible() && l.getStyleClass().contains("error-text")
                && !l.getText().isEmpty()).tryQuery().isPresent(), "the parser's message is shown");
        assertEquals("query: closed-eye & !occlusion", window.library().selectedProperty().get().label(),
                "a bad query changes nothing");
    }

    @Test
    void galleryArrowKeysMoveTheSelectionAndEnterOpensTheFace(FxRobot robot) throws Exception {
        load(List.of(SampleSets.wflwCopy(dir)));
        OpenDataset open = workspace.datasets().get(0);
        WaitForAsyncUtils.asyncFx(() -> window.gallery().selectedFaceProperty().set(new SampleRef(open, 0))).get();
        robot.clickOn(window.gallery(), MouseButton.SECONDARY);
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        int columns = window.gallery().columns();
        assertTrue(columns > 1);
        assertEquals(2 + columns, window.gallery().selectedFaceProperty().get().index());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertEquals("Annotate", tabs.getSelectionModel().getSelectedItem().getText());
        assertEquals(2 + columns, window.currentProperty().get().index());
    }

    @Test
    void tabWalksThePointsUUnlabelsAndAClickPlacesTheUnlabelledPoint(FxRobot robot) throws Exception {
        OpenDataset open = open(SampleSets.wflwCopy(dir), StudioView.ANNOTATE, 2);
        robot.clickOn(window.canvas(), MouseButton.SECONDARY);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.canvas().selection().nextSetBit(0), "three Tabs from nothing select point 2");
        robot.type(KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(open.sample(2).landmarks().isLabelled(2), "U marks it unlabelled");

        WaitForAsyncUtils.asyncFx(() -> window.canvas().setView(new ViewTransform(2, 10, 10))).get();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D target = window.canvas().localToScreen(10 + 2 * 100, 10 + 2 * 120);
        robot.clickOn(target, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Landmarks placed = open.sample(2).landmarks();
        assertTrue(placed.isLabelled(2), "the click labels it again");
        assertEquals(100, placed.x(2), 0.5, "where the click was, in image pixels");
        assertEquals(120, placed.y(2), 0.5);
        assertEquals(2, open.session().history().undoDepth());
    }

    @Test
    void exportWritesTheDatasetAsItIsNowToCocoAndLeavesItsFileAlone(FxRobot robot) throws Exception {
        Path list = SampleSets.wflwCopy(dir);
        OpenDataset open = open(list, StudioView.ANNOTATE, 0);
        Landmarks before = open.sample(0).landmarks();
        Landmarks moved = before.withPoint(96, before.x(96) + 3, before.y(96));
        WaitForAsyncUtils.asyncFx(() -> window.editLandmarks("Move point 96", moved)).get();
        Path coco = dir.resolve("export.json");
        WaitForAsyncUtils.asyncFx(() -> window.actions().exportTo(open, DatasetFormats.standard().byId("coco"), coco))
                .get();
        Dataset exported = DatasetFormats.standard().read(coco, "coco", ReadOptions.DEFAULT.withImageRoot(list.getParent()));
        assertEquals(open.size(), exported.samples().size());
        assertEquals(moved.x(96), exported.samples().get(0).landmarks().x(96), 1e-3, "the export has the edit");
        assertEquals(before.x(96), DatasetFormats.standard().read(list, null, ReadOptions.DEFAULT).samples().get(0)
                .landmarks().x(96), 0.0, "the dataset's own file is untouched until saved");
        assertTrue(open.session().dirty());
    }

    @Test
    void closingWithUnsavedEditsAsksAndTheTitleCountsThem(FxRobot robot) throws Exception {
        OpenDataset open = open(SampleSets.wflwCopy(dir), StudioView.ANNOTATE, 0);
        assertEquals("Landmark Studio", window.actions().titleProperty().get());
        Landmarks before = open.sample(0).landmarks();
        WaitForAsyncUtils.asyncFx(() -> window.editLandmarks("Move point 7", before.withPoint(7, 1, 1))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Landmark Studio — 1 unsaved", window.actions().titleProperty().get());

        var cancelled = WaitForAsyncUtils.asyncFx(() -> window.actions().confirmClose());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertFalse(cancelled.get(), "Cancel keeps the window open");

        var saved = WaitForAsyncUtils.asyncFx(() -> window.actions().confirmClose());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Save and close");
        assertTrue(saved.get());
        assertFalse(open.session().dirty(), "the edits were saved");
        assertEquals("Landmark Studio", window.actions().titleProperty().get());
    }
}
