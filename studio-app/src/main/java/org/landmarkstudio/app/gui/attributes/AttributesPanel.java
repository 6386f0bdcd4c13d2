package org.landmarkstudio.app.gui.attributes;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.landmarkstudio.app.gui.eyes.EyeSide;
import org.landmarkstudio.app.gui.paint.InspectorSection;
import org.landmarkstudio.app.gui.paint.ComponentStyles;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * Shows and toggles a sample's WFLW flags and eye-state labels, so that an annotator can fix
 * the attributes that subsets and evaluations are split by.
 *
 * <p>Each flag is a check box ("Set occlusion" / "Clear occlusion"). Each eye has three
 * toggles: Open and Closed store an explicit label ("Mark left eye closed"); Auto removes it
 * ("Clear left eye label"), so that the eye aperture of the landmarks decides again, and the
 * panel says what the aperture decides. Every click is one edit, reported through
 * {@link #setOnAttributesEdited} with the complete new attributes; the panel holds no dataset
 * state and shows what {@link #setSample} gives it, plus the edits made since.
 */
public final class AttributesPanel extends InspectorSection {

    private final Map<WflwAttribute, CheckBox> flags = new EnumMap<>(WflwAttribute.class);
    private final Map<EyeSide, ToggleGroup> eyeGroups = new EnumMap<>(EyeSide.class);
    private final Map<EyeSide, Label> apertureHints = new EnumMap<>(EyeSide.class);

    private FaceSample sample;
    private FaceAttributes attributes;
    private boolean updating;
    private BiConsumer<String, FaceAttributes> onAttributesEdited = (description, edited) -> { };

    /** A panel with nothing to edit until a sample is set. */
    public AttributesPanel() {
        getStyleClass().add("ls-attributes-panel");
        getStylesheets().add(ComponentStyles.stylesheet());
        Label title = new Label("Attributes");
        title.getStyleClass().add("ls-section-title");
        Label flagsCaption = new Label("WFLW flags");
        flagsCaption.getStyleClass().add("ls-caption");
        GridPane flagGrid = new GridPane();
        flagGrid.setHgap(16);
        flagGrid.setVgap(8);
        WflwAttribute[] all = WflwAttribute.values();
        for (int i = 0; i < all.length; i++) {
            WflwAttribute a = all[i];
            CheckBox box = new CheckBox(title(a));
            box.setId("attr-" + a.key());
            box.selectedProperty().addListener((obs, was, now) -> flagToggled(a, now));
            flags.put(a, box);
            flagGrid.add(box, i % 2, i / 2);
        }
        Label eyesCaption = new Label("Eye state labels");
        eyesCaption.getStyleClass().add("ls-caption");
        VBox eyes = new VBox(8);
        for (EyeSide side : EyeSide.values()) {
            eyes.getChildren().add(eyeRow(side));
        }
        VBox.setMargin(eyesCaption, new Insets(8, 0, 0, 0));
        root.getChildren().addAll(title, flagsCaption, flagGrid, eyesCaption, eyes);
        setSample(null);
    }

    /** Shows the attributes of {@code sample}; {@code null} disables the panel. */
    public void setSample(FaceSample sample) {
        this.sample = sample;
        this.attributes = sample == null ? FaceAttributes.NONE : sample.attributes();
        setDisable(sample == null);
        refresh();
    }

    /** Receives each change: a description ("Set occlusion", "Mark left eye closed") and the new attributes. */
    public void setOnAttributesEdited(BiConsumer<String, FaceAttributes> handler) {
        onAttributesEdited = handler == null ? (description, edited) -> { } : handler;
    }

    private VBox eyeRow(EyeSide side) {
        Label name = new Label(side.title() + " \u00b7 " + side.subjectSide());
        ToggleGroup group = new ToggleGroup();
        HBox toggles = new HBox(0);
        for (EyeState state : new EyeState[] {EyeState.OPEN, EyeState.CLOSED, null}) {
            ToggleButton b = new ToggleButton(state == null ? "Auto" : state == EyeState.OPEN ? "Open" : "Closed");
            b.setUserData(state);
            b.setToggleGroup(group);
            b.setId(side.key() + "-eye-" + (state == null ? "auto" : state.key()));
            b.setMinWidth(72);
            toggles.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> eyeToggled(side, group, old, now));
        eyeGroups.put(side, group);
        Label hint = new Label();
        hint.setId(side.key() + "-eye-hint");
        hint.getStyleClass().add("ls-caption");
        apertureHints.put(side, hint);
        HBox row = new HBox(8, toggles, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, name, row);
    }

    private void flagToggled(WflwAttribute a, boolean on) {
        if (updating || attributes.has(a) == on) {
            return;
        }
        attributes = attributes.with(a, on);
        onAttributesEdited.accept((on ? "Set " : "Clear ") + a.key(), attributes);
    }

    private void eyeToggled(EyeSide side, ToggleGroup group, Toggle old, Toggle now) {
        if (updating) {
            return;
        }
        if (now == null) {
            // A click on the selected toggle would leave none selected; a state is always shown.
            updating = true;
            group.selectToggle(old);
            updating = false;
            return;
        }
        EyeState state = (EyeState) now.getUserData();
        if (state == side.label(attributes)) {
            return;
        }
        attributes = side.withLabel(attributes, state);
        refresh();
        onAttributesEdited.accept(state == null ? "Clear " + side.key() + " eye label"
                : "Mark " + side.key() + " eye " + state.key(), attributes);
    }

    private void refresh() {
        updating = true;
        for (Map.Entry<WflwAttribute, CheckBox> e : flags.entrySet()) {
            e.getValue().setSelected(attributes.has(e.getKey()));
        }
        for (EyeSide side : EyeSide.values()) {
            EyeState label = side.label(attributes);
            ToggleGroup group = eyeGroups.get(side);
            for (Toggle t : group.getToggles()) {
                if (t.getUserData() == label) {
                    group.selectToggle(t);
                }
            }
            apertureHints.get(side).setText(hint(side));
        }
        updating = false;
    }

    private String hint(EyeSide side) {
        if (sample == null) {
            return "";
        }
        EyeState byAperture = EyeAperture.DEFAULT.classify(side.ratio(sample.landmarks()));
        return "aperture says " + (byAperture == null ? "unknown" : byAperture.key());
    }

    private static String title(WflwAttribute a) {
        return switch (a) {
            case POSE -> "Large pose";
            case EXPRESSION -> "Expression";
            case ILLUMINATION -> "Illumination";
            case MAKEUP -> "Make-up";
            case OCCLUSION -> "Occlusion";
            case BLUR -> "Blur";
        };
    }
}
