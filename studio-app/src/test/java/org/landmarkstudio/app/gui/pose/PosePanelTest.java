package org.landmarkstudio.app.gui.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landmarkstudio.app.gui.GuiSamples;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PosePanelTest {

    private final FaceSample sample = GuiSamples.lp300w().get(0);
    private final List<Map.Entry<String, HeadPose>> edits = new ArrayList<>();
    private PosePanel panel;

    @Start
    void start(Stage stage) {
        panel = new PosePanel();
        panel.setSample(sample);
        panel.setOnPoseEdited((d, p) -> edits.add(Map.entry(d, p)));
        stage.setScene(new Scene(panel, 400, 640));
        stage.show();
    }

    @Test
    void theSampleHasAPoseFromPosePara(FxRobot robot) {
        assertNotNull(sample.pose());
        assertEquals(PoseSource.POSE_PARA, sample.pose().source());
        assertTrue(robot.lookup("#pose-source").queryAs(Label.class).getText().contains("Pose_Para"));
        assertTrue(robot.lookup("#pose-estimate").queryAs(Button.class).isDisabled(),
                "no estimator: the button is disabled");
    }

    @Test
    void movingTheYawSliderReportsOneEditWithThatYaw(FxRobot robot) {
        Slider yaw = robot.lookup("#yaw-slider").queryAs(Slider.class);
        Node thumb = yaw.lookup(".thumb");
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, edits.size(), edits::toString);
        HeadPose p = edits.get(0).getValue();
        assertEquals(Math.round(yaw.getValue() * 10) / 10.0, p.yaw(), 1e-9);
        assertTrue(p.yaw() > sample.pose().yaw(), "dragging right raises the yaw");
        assertEquals(sample.pose().pitch(), p.pitch(), 0.0);
        assertEquals(sample.pose().roll(), p.roll(), 0.0);
        assertEquals(PoseSource.ANNOTATOR, p.source());
        assertTrue(edits.get(0).getKey().startsWith("Set yaw to "), edits.get(0).getKey());
    }

    @Test
    void typingAnAngleAndEnterReportsIt(FxRobot robot) {
        TextField pitch = robot.lookup("#pitch-field").queryAs(TextField.class);
        robot.doubleClickOn(pitch).eraseText(12).write("-33.3").type(KeyCode.ENTER);
        assertEquals(1, edits.size());
        assertEquals(-33.3, edits.get(0).getValue().pitch(), 1e-9);
        assertEquals(sample.pose().yaw(), edits.get(0).getValue().yaw(), 0.0);
        robot.doubleClickOn(pitch).eraseText(12).write("up").type(KeyCode.ENTER);
        assertEquals(1, edits.size(), "no edit from an unreadable angle");
        assertTrue(pitch.getStyleClass().contains("ls-invalid"));
    }

    @Test
    void draggingTheGizmoRightTurnsTheFaceTowardsTheImageRight(FxRobot robot) {
        Node gizmo = robot.lookup("#pose-gizmo").query();
        double startYaw = sample.pose().yaw();
        robot.drag(gizmo, MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, edits.size(), edits::toString);
        HeadPose p = edits.get(0).getValue();
        assertEquals(startYaw - 80 * PosePanel.DEGREES_PER_PIXEL, p.yaw(), 1.0);
        assertEquals(sample.pose().pitch(), p.pitch(), 0.6);
        // The forward pillar of the cube now points further right than before the drag.
        double before = pillarX(sample.pose());
        double after = pillarX(p);
        assertTrue(after > before, before + " -> " + after);

        robot.press(KeyCode.SHIFT);
        robot.drag(gizmo, MouseButton.PRIMARY).moveBy(20, 0).moveBy(20, 0).drop();
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, edits.size());
        assertEquals(p.roll() + 40 * PosePanel.DEGREES_PER_PIXEL, edits.get(1).getValue().roll(), 1.0);
        assertEquals(p.yaw(), edits.get(1).getValue().yaw(), 0.0);
    }

    @Test
    void anEstimateIsShownThenAcceptedWithItsSource(FxRobot robot) {
        HeadPose estimate = new HeadPose(12.5, -3.0, 4.0, PoseSource.SOLVE_PNP);
        List<FaceSample> asked = new ArrayList<>();
        robot.interact(() -> panel.setEstimator(s -> {
            asked.add(s);
            return estimate;
        }));
        robot.clickOn("#pose-estimate");
        assertEquals(List.of(sample), asked);
        String text = robot.lookup("#pose-estimate-text").queryAs(Label.class).getText();
        assertTrue(text.contains("yaw 12.5") && text.contains("solvePnP"), text);
        assertTrue(edits.isEmpty(), "showing an estimate is not an edit");
        robot.interact(() -> GuiSamples.snapshot(panel, "pose"));
        robot.clickOn("#pose-dismiss");
        assertTrue(edits.isEmpty());
        robot.clickOn("#pose-estimate");
        robot.clickOn("#pose-accept");
        assertEquals(List.of(Map.entry("Accept pose estimate (solvePnP estimate from landmarks)", estimate)), edits);
        assertTrue(robot.lookup("#pose-source").queryAs(Label.class).getText().contains("solvePnP"));
        assertNotEquals(sample.pose(), panel.shownPose());
    }

    @Test
    void aSampleWithoutAPoseGetsOneFromTheFirstEdit(FxRobot robot) {
        FaceSample unposed = GuiSamples.wflw().get(0);
        assertNull(unposed.pose());
        robot.interact(() -> panel.setSample(unposed));
        assertTrue(robot.lookup("#pose-source").queryAs(Label.class).getText().startsWith("No pose label"));
        robot.clickOn(robot.lookup("#roll-slider .thumb").queryAs(Node.class));
        assertTrue(edits.isEmpty(), "a click that moves nothing is not an edit");
        TextField yaw = robot.lookup("#yaw-field").queryAs(TextField.class);
        robot.doubleClickOn(yaw).eraseText(12).write("41").type(KeyCode.ENTER);
        assertEquals(List.of(Map.entry("Set yaw to 41.0\u00b0", new HeadPose(41, 0, 0, PoseSource.ANNOTATOR))), edits);
    }

    private static double pillarX(HeadPose pose) {
        Point2D[] c = PoseGizmo.corners(pose, 0, 0, 100);
        return c[4].getX() - c[0].getX();
    }
}
