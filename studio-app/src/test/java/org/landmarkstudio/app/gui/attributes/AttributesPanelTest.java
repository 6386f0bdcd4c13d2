package org.landmarkstudio.app.gui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landmarkstudio.app.gui.GuiSamples;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AttributesPanelTest {

    /** Line 3 of the synthetic WFLW list: flags 0 0 0 0 1 0 (occlusion only). */
    private final FaceSample occluded = GuiSamples.wflw().get(2);
    /** Line 1: flags 1 0 0 1 0 0 (pose and make-up), both eyes closed by aperture (0.035, 0.014). */
    private final FaceSample closedEyes = GuiSamples.wflw().get(0);
    private final List<Map.Entry<String, FaceAttributes>> edits = new ArrayList<>();
    private AttributesPanel panel;

    @Start
    void start(Stage stage) {
        panel = new AttributesPanel();
        panel.setSample(occluded);
        panel.setOnAttributesEdited((d, a) -> edits.add(Map.entry(d, a)));
        stage.setScene(new Scene(panel, 400, 330));
        stage.show();
    }

    @Test
    void togglingOcclusionFlipsOnlyOcclusion(FxRobot robot) {
        assertEquals(EnumSet.of(WflwAttribute.OCCLUSION), EnumSet.copyOf(occluded.attributes().flags()));
        assertTrue(robot.lookup("#attr-occlusion").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#attr-occlusion");
        assertEquals(1, edits.size());
        assertEquals("Clear occlusion", edits.get(0).getKey());
        FaceAttributes a = edits.get(0).getValue();
        assertEquals(Set.of(), a.flags());
        assertEquals(occluded.attributes().leftEye(), a.leftEye());
        assertEquals(occluded.attributes().rightEye(), a.rightEye());

        robot.clickOn("#attr-occlusion");
        assertEquals("Set occlusion", edits.get(1).getKey());
        assertEquals(occluded.attributes(), edits.get(1).getValue());
    }

    @Test
    void eyeTogglesStoreAndClearLabels(FxRobot robot) {
        robot.interact(() -> panel.setSample(closedEyes));
        assertEquals(EnumSet.of(WflwAttribute.POSE, WflwAttribute.MAKEUP), EnumSet.copyOf(closedEyes.attributes().flags()));
        assertTrue(robot.lookup("#left-eye-auto").queryAs(ToggleButton.class).isSelected());
        assertEquals("aperture says closed", robot.lookup("#left-eye-hint").queryAs(Label.class).getText());
        robot.clickOn("#left-eye-closed");
        assertEquals("Mark left eye closed", edits.get(0).getKey());
        assertEquals(closedEyes.attributes().withEyes(EyeState.CLOSED, null), edits.get(0).getValue());
        robot.clickOn("#left-eye-closed");
        assertEquals(1, edits.size(), "clicking the selected state again changes nothing");
        robot.clickOn("#right-eye-open");
        assertEquals("Mark right eye open", edits.get(1).getKey());
        assertEquals(closedEyes.attributes().withEyes(EyeState.CLOSED, EyeState.OPEN), edits.get(1).getValue());
        robot.clickOn("#left-eye-auto");
        assertEquals("Clear left eye label", edits.get(2).getKey());
        assertNull(edits.get(2).getValue().leftEye());
        assertEquals(EyeState.OPEN, edits.get(2).getValue().rightEye());
        assertEquals(closedEyes.attributes().flags(), edits.get(2).getValue().flags());
        robot.interact(() -> GuiSamples.snapshot(panel, "attributes"));
    }

    @Test
    void settingASampleIsNotAnEdit(FxRobot robot) {
        robot.interact(() -> panel.setSample(closedEyes));
        robot.interact(() -> panel.setSample(null));
        assertTrue(edits.isEmpty());
        assertFalse(robot.lookup("#attr-occlusion").queryAs(CheckBox.class).isSelected());
    }
}
