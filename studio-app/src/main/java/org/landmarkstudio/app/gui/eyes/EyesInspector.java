package org.landmarkstudio.app.gui.eyes;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.landmarkstudio.app.gui.paint.InspectorSection;
import org.landmarkstudio.app.gui.paint.ComponentStyles;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * Shows both eyes of the current sample enlarged side by side, so that an annotator can judge
 * and fix the lid points and the open/closed label where the full-face canvas is too small to
 * see them.
 *
 * <p>Per eye: the image around the eye contour with the contour points, which can be dragged
 * (one drag is one edit, reported on release in image pixels through
 * {@link #setOnLandmarksEdited}); the eye aspect ratio of {@link EyeAperture#DEFAULT}; the
 * state (the explicit label if there is one, else the aperture's verdict); and a button that
 * stores the opposite state as an explicit label ({@link #setOnAttributesEdited}). The
 * inspector holds no dataset state: it shows what {@link #setSample} gives it, and after an
 * edit it shows the edited values until the next {@code setSample}.
 */
public final class EyesInspector extends InspectorSection {

    private final Map<EyeSide, EyeView> views = new EnumMap<>(EyeSide.class);
    private final Map<EyeSide, Label> apertures = new EnumMap<>(EyeSide.class);
    private final Map<EyeSide, Label> states = new EnumMap<>(EyeSide.class);
    private final Map<EyeSide, Button> flips = new EnumMap<>(EyeSide.class);

    private Landmarks landmarks;
    private FaceAttributes attributes;
    private BiConsumer<String, Landmarks> onLandmarksEdited = (description, edited) -> { };
    private BiConsumer<String, FaceAttributes> onAttributesEdited = (description, edited) -> { };

    /** An inspector that shows nothing until a sample is set. */
    public EyesInspector() {
        getStyleClass().add("ls-eyes-inspector");
        getStylesheets().add(ComponentStyles.stylesheet());
        Label title = new Label("Eyes");
        title.getStyleClass().add("ls-section-title");
        HBox eyes = new HBox(8);
        for (EyeSide side : EyeSide.values()) {
            VBox card = card(side);
            HBox.setHgrow(card, Priority.ALWAYS);
            eyes.getChildren().add(card);
        }
        Label hint = new Label("Drag a lid point to move it; each drag is one undoable edit. "
                + "An eye counts as closed at an aperture of " + format(EyeAperture.DEFAULT.threshold())
                + " or less, unless it carries an explicit label.");
        hint.setWrapText(true);
        hint.getStyleClass().add("ls-caption");
        root.getChildren().addAll(title, eyes, hint);
        setSample(null, null);
    }

    /** Shows the eyes of {@code sample} cut from {@code image} ({@code null} while it loads). */
    public void setSample(FaceSample sample, Image image) {
        landmarks = sample == null ? null : sample.landmarks();
        attributes = sample == null ? null : sample.attributes();
        for (EyeSide side : EyeSide.values()) {
            views.get(side).show(landmarks, image);
        }
        refreshLabels();
    }

    /** Receives each lid-point move: a description ("Move point 61 (left eye 1)") and the new landmarks. */
    public void setOnLandmarksEdited(BiConsumer<String, Landmarks> handler) {
        onLandmarksEdited = handler == null ? (description, edited) -> { } : handler;
    }

    /** Receives each state-label flip: a description ("Mark left eye closed") and the new attributes. */
    public void setOnAttributesEdited(BiConsumer<String, FaceAttributes> handler) {
        onAttributesEdited = handler == null ? (description, edited) -> { } : handler;
    }

    /** Screen pixels per image pixel in the view of {@code side}. */
    public double zoom(EyeSide side) {
        return views.get(side).zoom();
    }

    /** Where landmark {@code index} of the {@code side} eye is drawn, in this inspector's coordinates, or {@code null}. */
    public Point2D localPositionOf(EyeSide side, int index) {
        EyeView view = views.get(side);
        Point2D canvas = view.canvasPositionOf(index);
        return canvas == null ? null : sceneToLocal(view.surface().canvas().localToScene(canvas));
    }

    private VBox card(EyeSide side) {
        EyeView view = new EyeView(side, (index, to) -> moved(side, index, to));
        views.put(side, view);
        Label heading = new Label(side.title());
        heading.getStyleClass().add("ls-section-title");
        Label subject = new Label(side.subjectSide());
        subject.getStyleClass().add("ls-caption");
        Label aperture = new Label();
        aperture.setId(side.key() + "-eye-aperture");
        aperture.getStyleClass().add("ls-value");
        apertures.put(side, aperture);
        Label state = new Label();
        state.setId(side.key() + "-eye-state");
        states.put(side, state);
        Button flip = new Button();
        flip.setId(side.key() + "-eye-flip");
        flip.setOnAction(e -> flip(side));
        flips.put(side, flip);
        state.setWrapText(true);
        flip.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(view.surface(), Priority.ALWAYS);
        VBox card = new VBox(8, new VBox(heading, subject), view.surface(), aperture, state, flip);
        card.getStyleClass().add("ls-card");
        return card;
    }

    private void moved(EyeSide side, int index, Point2D to) {
        Landmarks edited = landmarks.withPoint(index, to.getX(), to.getY());
        landmarks = edited;
        views.get(side).update(edited);
        refreshLabels();
        onLandmarksEdited.accept("Move point " + index + " (" + edited.schema().pointName(index) + ")", edited);
    }

    private void flip(EyeSide side) {
        EyeState now = side.effectiveState(landmarks, attributes);
        EyeState flipped = now == EyeState.CLOSED ? EyeState.OPEN : EyeState.CLOSED;
        attributes = side.withLabel(attributes, flipped);
        refreshLabels();
        onAttributesEdited.accept("Mark " + side.key() + " eye " + flipped.key(), attributes);
    }

    private void refreshLabels() {
        for (EyeSide side : EyeSide.values()) {
            Label aperture = apertures.get(side);
            Label state = states.get(side);
            Button flip = flips.get(side);
            state.getStyleClass().removeAll("ls-state-open", "ls-state-closed", "ls-state-unknown");
            if (landmarks == null) {
                aperture.setText("Aperture (EAR)  \u2014");
                state.setText("No sample");
                state.getStyleClass().add("ls-state-unknown");
                flip.setText("Mark closed");
                flip.setDisable(true);
                continue;
            }
            double ratio = side.ratio(landmarks);
            aperture.setText("Aperture (EAR)  " + (Double.isNaN(ratio) ? "\u2014 (lid points unlabelled)"
                    : format(ratio)));
            EyeState effective = side.effectiveState(landmarks, attributes);
            boolean labelled = side.label(attributes) != null;
            if (effective == null) {
                state.setText("Unknown");
                state.getStyleClass().add("ls-state-unknown");
            } else {
                state.setText((effective == EyeState.OPEN ? "Open" : "Closed")
                        + (labelled ? " \u00b7 labelled" : " \u00b7 from aperture"));
                state.getStyleClass().add(effective == EyeState.OPEN ? "ls-state-open" : "ls-state-closed");
            }
            flip.setText(effective == EyeState.CLOSED ? "Mark open" : "Mark closed");
            flip.setDisable(false);
        }
    }

    /** The aperture as the inspector prints it: three decimals. */
    public static String format(double ratio) {
        return String.format(Locale.ROOT, "%.3f", ratio);
    }
}
