package org.landmarkstudio.app.gui.eyes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landmarkstudio.app.gui.GuiSamples;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EyesInspectorTest {

    /**
     * Line 4 of list_98pt_rect_attr_synthetic.txt: image-left eye closed, image-right eye open.
     * Its eye aspect ratios, computed with numpy from the file's coordinates of points 60-67 and
     * 68-75 as (|p1-p7| + |p2-p6| + |p3-p5|) / (3 |p0-p4|): 0.011689 and 0.174983.
     */
    private static final double LEFT_EAR = 0.011689;
    private static final double RIGHT_EAR = 0.174983;

    private final FaceSample sample = GuiSamples.wflw().get(3);
    private final List<Map.Entry<String, Landmarks>> landmarkEdits = new ArrayList<>();
    private final List<Map.Entry<String, FaceAttributes>> attributeEdits = new ArrayList<>();
    private EyesInspector inspector;

    @Start
    void start(Stage stage) {
        inspector = new EyesInspector();
        inspector.setSample(sample, GuiSamples.imageOf(sample));
        inspector.setOnLandmarksEdited((d, l) -> landmarkEdits.add(Map.entry(d, l)));
        inspector.setOnAttributesEdited((d, a) -> attributeEdits.add(Map.entry(d, a)));
        stage.setScene(new Scene(inspector, 720, 380));
        stage.show();
    }

    @Test
    void draggingALidPointMovesItByTheDragOverTheZoomInOneEdit(FxRobot robot) {
        int point = 70;
        Point2D from = inspector.localToScreen(inspector.localPositionOf(EyeSide.RIGHT, point));
        double zoom = inspector.zoom(EyeSide.RIGHT);
        assertTrue(zoom > 3, "the eye is enlarged: zoom " + zoom);
        robot.drag(from, MouseButton.PRIMARY).moveBy(24, -16).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, landmarkEdits.size(), landmarkEdits::toString);
        assertEquals("Move point 70 (right eye 2)", landmarkEdits.get(0).getKey());
        Landmarks moved = landmarkEdits.get(0).getValue();
        Landmarks before = sample.landmarks();
        assertEquals(before.x(point) + 24 / zoom, moved.x(point), 0.5);
        assertEquals(before.y(point) - 16 / zoom, moved.y(point), 0.5);
        for (int i = 0; i < before.size(); i++) {
            if (i != point) {
                assertEquals(before.x(i), moved.x(i), 0.0);
                assertEquals(before.y(i), moved.y(i), 0.0);
            }
        }
        // A second drag of the same point continues from the edited position, as a second edit.
        Point2D again = inspector.localToScreen(inspector.localPositionOf(EyeSide.RIGHT, point));
        robot.drag(again, MouseButton.PRIMARY).moveBy(-8, 8).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, landmarkEdits.size());
        assertEquals(moved.x(point) - 8 / zoom, landmarkEdits.get(1).getValue().x(point), 0.5);
    }

    @Test
    void apertureLabelsShowTheEyeAspectRatios(FxRobot robot) {
        String left = robot.lookup("#left-eye-aperture").queryAs(Label.class).getText();
        String right = robot.lookup("#right-eye-aperture").queryAs(Label.class).getText();
        assertTrue(left.endsWith(EyesInspector.format(LEFT_EAR)), left);
        assertTrue(right.endsWith(EyesInspector.format(RIGHT_EAR)), right);
        assertTrue(robot.lookup("#left-eye-state").queryAs(Label.class).getText().startsWith("Closed"));
        assertTrue(robot.lookup("#right-eye-state").queryAs(Label.class).getText().startsWith("Open"));
    }

    @Test
    void flipButtonsStoreTheOppositeStateAsALabel(FxRobot robot) {
        assertNull(sample.attributes().leftEye());
        robot.clickOn("#left-eye-flip");
        assertEquals(1, attributeEdits.size());
        assertEquals("Mark left eye open", attributeEdits.get(0).getKey());
        FaceAttributes a = attributeEdits.get(0).getValue();
        assertEquals(EyeState.OPEN, a.leftEye());
        assertNull(a.rightEye());
        assertEquals(sample.attributes().flags(), a.flags());

        robot.clickOn("#right-eye-flip");
        assertEquals("Mark right eye closed", attributeEdits.get(1).getKey());
        assertEquals(EyeState.CLOSED, attributeEdits.get(1).getValue().rightEye());
        assertEquals(EyeState.OPEN, attributeEdits.get(1).getValue().leftEye());
        assertTrue(robot.lookup("#right-eye-state").queryAs(Label.class).getText().contains("labelled"));
    }

    @Test
    void snapshot(FxRobot robot) {
        Point2D p = inspector.localToScreen(inspector.localPositionOf(EyeSide.LEFT, 62));
        assertNotNull(p);
        robot.moveTo(p);
        robot.interact(() -> GuiSamples.snapshot(inspector, "eyes"));
    }
}
