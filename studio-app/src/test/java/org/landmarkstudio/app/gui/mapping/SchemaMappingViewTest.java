package org.landmarkstudio.app.gui.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landmarkstudio.app.gui.GuiSamples;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SchemaMappingViewTest {

    /** Line 2 of the synthetic WFLW list: both eyes open, so no lid point hides a pupil. */
    private final FaceSample sample = GuiSamples.wflw().get(1);
    private SchemaMappingView view;
    private Scene shownScene;

    @Start
    void start(Stage stage) {
        view = new SchemaMappingView();
        view.setSample(sample, GuiSamples.imageOf(sample));
        // Within the headless screen (1280x800); the snapshots are taken at 1440 wide, off-window.
        stage.setScene(new Scene(view, 1260, 620));
        stage.show();
    }

    @Test
    void hoveringA98PointHighlightsItsPartnerIn68AndNotForAnUnmappedOne(FxRobot robot) {
        // FORMATS.md 1.10: 68-pt 36 -> 98-pt 60 (the image-left eye's outer corner).
        assertEquals(36, SchemaMapping.WFLW98_TO_IBUG68.targetOf(60));
        hover(robot, new SchemaPoint(PointSchema.WFLW_98, 60));
        assertEquals(new SchemaPoint(PointSchema.WFLW_98, 60), view.hoveredPointProperty().get());
        Set<SchemaPoint> lit = view.highlightedPoints();
        assertTrue(lit.contains(new SchemaPoint(PointSchema.IBUG_68, 36)), lit::toString);
        assertEquals(1, lit.stream().filter(p -> p.schema() == PointSchema.IBUG_68).count());
        String info = robot.lookup("#hover-info").queryAs(Label.class).getText();
        assertTrue(info.contains("#60") && info.contains("left eye 0") && info.contains("#36"), info);

        // 98-pt 62 (upper lid middle) has no 68 source in pts_68_index_table.
        assertEquals(-1, SchemaMapping.IBUG68_TO_WFLW98.sourceOf(62));
        hover(robot, new SchemaPoint(PointSchema.WFLW_98, 62));
        assertEquals(new SchemaPoint(PointSchema.WFLW_98, 62), view.hoveredPointProperty().get());
        assertTrue(view.highlightedPoints().stream().noneMatch(p -> p.schema() == PointSchema.IBUG_68));
        assertTrue(view.highlightedPoints().stream().anyMatch(p -> p.schema() == PointSchema.LAPA_106));
    }

    @Test
    void templateFaceHasEveryPointDrawnAndHoverable(FxRobot robot) {
        robot.clickOn("Template face");
        assertFalse(view.showsSample());
        hover(robot, new SchemaPoint(PointSchema.LAPA_106, 56));
        assertEquals(new SchemaPoint(PointSchema.LAPA_106, 56), view.hoveredPointProperty().get());
        // LaPa 56 (a nose point between bridge and base) is one of the 8 LaPa-only points: no partner anywhere.
        assertEquals(Set.of(new SchemaPoint(PointSchema.LAPA_106, 56)), view.highlightedPoints());
        for (PointSchema s : SchemaCorrespondence.ORDER) {
            for (int i = 0; i < s.size(); i++) {
                assertNotNull(view.localPositionOf(new SchemaPoint(s, i)), s + " " + i);
            }
        }
    }

    @Test
    void conversionCountsAgreeWithTheMapping(FxRobot robot) {
        robot.interact(() -> view.setConversionTarget(PointSchema.IBUG_68));
        ConversionPreview p = view.conversionPreviewProperty().get();
        assertEquals(PointSchema.WFLW_98, p.from());
        assertEquals(PointSchema.IBUG_68, p.to());
        assertTrue(sample.landmarks().isComplete());
        int carried = SchemaMapping.WFLW98_TO_IBUG68.carried().cardinality();
        assertEquals(carried, p.carried());
        assertEquals(68 - carried, p.unlabelled());
        assertEquals(SchemaMapping.WFLW98_TO_IBUG68.dropped().cardinality(), p.dropped());
        assertEquals(30, p.dropped());
        String legend = robot.lookup("#conversion-info").queryAs(Label.class).getText();
        assertTrue(legend.contains(p.carried() + " carried") && legend.contains(p.unlabelled() + " unlabelled"), legend);

        robot.interact(() -> view.setConversionTarget(PointSchema.LAPA_106));
        ConversionPreview toLapa = view.conversionPreviewProperty().get();
        int lapaCarried = SchemaMapping.WFLW98_TO_LAPA106.carried().cardinality();
        assertEquals(lapaCarried, toLapa.carried());
        assertEquals(106 - lapaCarried, toLapa.unlabelled());
        assertEquals(8, toLapa.unlabelled());

        // The unlabelled LaPa points are drawn (at the fitted template place) but hold no coordinate.
        int unlabelled = SchemaMapping.WFLW98_TO_LAPA106.carried().nextClearBit(0);
        assertNotNull(view.localPositionOf(new SchemaPoint(PointSchema.LAPA_106, unlabelled)));
        assertFalse(toLapa.converted().isLabelled(unlabelled));
    }

    @Test
    void snapshotsOfTheSampleAndTheTemplate(FxRobot robot) {
        hover(robot, new SchemaPoint(PointSchema.WFLW_98, 60));
        Path[] shots = new Path[2];
        robot.interact(() -> shots[0] = GuiSamples.snapshot(wide(), "mapping-sample"));
        robot.interact(() -> restore(robot));
        robot.clickOn("Template face");
        hover(robot, new SchemaPoint(PointSchema.WFLW_98, 64));
        robot.interact(() -> shots[1] = GuiSamples.snapshot(wide(), "mapping-template"));
        for (Path shot : shots) {
            assertTrue(Files.exists(shot));
        }
        assertEquals(List.of(new SchemaPoint(PointSchema.IBUG_68, 39), new SchemaPoint(PointSchema.LAPA_106, 70)),
                SchemaCorrespondence.partnersOf(new SchemaPoint(PointSchema.WFLW_98, 64)));
    }

    @Test
    void withoutASampleOnlyTheTemplateIsOffered(FxRobot robot) {
        robot.interact(() -> view.setSample(null, null));
        assertFalse(view.showsSample());
        assertNull(view.conversionPreviewProperty().get());
    }

    /** Moves the view, hover state and all, into a window-less scene as wide as a 1440x900 screen. */
    private SchemaMappingView wide() {
        shownScene = view.getScene();
        shownScene.setRoot(new javafx.scene.layout.Pane());
        new Scene(view, 1440, 680);
        view.applyCss();
        view.layout();
        return view;
    }

    private void restore(FxRobot robot) {
        view.getScene().setRoot(new javafx.scene.layout.Pane());
        shownScene.setRoot(view);
    }

    private void hover(FxRobot robot, SchemaPoint p) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = view.localPositionOf(p);
        assertNotNull(local, p::toString);
        robot.moveTo(view.localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
