package org.landmarkstudio.app.gui.pose;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.landmarkstudio.app.gui.paint.InspectorSection;
import org.landmarkstudio.app.gui.paint.CanvasSurface;
import org.landmarkstudio.app.gui.paint.ComponentStyles;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;

/**
 * Edits the head pose of the current sample: sliders and fields for yaw, pitch and roll, a
 * gizmo to drag, and an estimate from the landmarks that the user accepts or dismisses.
 *
 * <p>Every gesture is one edit, reported through {@link #setOnPoseEdited} with source
 * {@link PoseSource#ANNOTATOR}: a slider reports when it is released (or on each key press),
 * a field on Enter, the gizmo when the drag ends. Dragging the gizmo rotates the face the way
 * the mouse goes: a horizontal drag turns it left or right (dragging right lowers the yaw,
 * since positive yaw faces the image left), a vertical drag tilts it (dragging up raises the
 * pitch), and a horizontal drag with Shift held rolls it (dragging right turns it clockwise,
 * raising the roll); half a degree per pixel. Yaw and pitch range over ±90°, roll over ±180°.
 * An accepted estimate is reported with the estimate's own source, so the journal records that
 * the label came from, say, solvePnP. The panel holds no dataset state.
 */
public final class PosePanel extends InspectorSection {

    /** Degrees of rotation per pixel of gizmo drag. */
    public static final double DEGREES_PER_PIXEL = 0.5;

    private final Map<Angle, Slider> sliders = new EnumMap<>(Angle.class);
    private final Map<Angle, TextField> fields = new EnumMap<>(Angle.class);
    private final CanvasSurface gizmo = new CanvasSurface(this::paintGizmo, 320, 220);
    private final Label source = new Label();
    private final Button estimate = new Button("Estimate from landmarks");
    private final Label estimateText = new Label();
    private final Button accept = new Button("Accept");
    private final Button dismiss = new Button("Dismiss");
    private final VBox estimateBox;

    private FaceSample sample;
    private HeadPose committed;
    private HeadPose shown;
    private HeadPose estimated;
    private Function<FaceSample, HeadPose> estimator;
    private BiConsumer<String, HeadPose> onPoseEdited = (description, pose) -> { };
    private boolean updating;
    private double pressX;
    private double pressY;
    private HeadPose pressPose;

    /** A panel with nothing to edit until a sample is set. */
    public PosePanel() {
        getStyleClass().add("ls-pose-panel");
        getStylesheets().add(ComponentStyles.stylesheet());
        Label title = new Label("Head pose");
        title.getStyleClass().add("ls-section-title");
        source.setId("pose-source");
        source.getStyleClass().add("ls-caption");
        gizmo.setId("pose-gizmo");
        gizmo.setCursor(Cursor.MOVE);
        gizmo.canvas().setOnMousePressed(this::gizmoPressed);
        gizmo.canvas().setOnMouseDragged(this::gizmoDragged);
        gizmo.canvas().setOnMouseReleased(this::gizmoReleased);
        Label gizmoHint = new Label("Drag the cube: sideways for yaw, up/down for pitch, Shift+sideways for roll.");
        gizmoHint.setWrapText(true);
        gizmoHint.getStyleClass().add("ls-caption");

        estimate.setId("pose-estimate");
        estimate.setOnAction(e -> runEstimator());
        estimateText.setId("pose-estimate-text");
        estimateText.setWrapText(true);
        accept.setId("pose-accept");
        accept.setOnAction(e -> acceptEstimate());
        dismiss.setId("pose-dismiss");
        dismiss.setOnAction(e -> showEstimate(null));
        HBox choice = new HBox(8, accept, dismiss);
        choice.setAlignment(Pos.CENTER_RIGHT);
        estimateBox = new VBox(8, estimateText, choice);
        estimateBox.getStyleClass().add("ls-estimate");
        estimateBox.managedProperty().bind(estimateBox.visibleProperty());

        VBox.setVgrow(gizmo, Priority.ALWAYS);
        root.getChildren().addAll(title, source, gizmo, gizmoHint, angleGrid(), estimate, estimateBox);
        setSample(null);
    }

    /** Shows and edits the pose of {@code sample}; {@code null} disables the panel. */
    public void setSample(FaceSample sample) {
        this.sample = sample;
        this.committed = sample == null ? null : sample.pose();
        this.shown = committed;
        boolean none = sample == null;
        for (Angle a : Angle.values()) {
            sliders.get(a).setDisable(none);
            fields.get(a).setDisable(none);
        }
        gizmo.setDisable(none);
        if (none) {
            source.setText("No sample");
        } else if (committed == null) {
            source.setText("No pose label yet: any change creates one");
        } else {
            source.setText("Source: " + describe(committed.source()));
        }
        showEstimate(null);
        updateEstimateButton();
        showPose(shown == null ? zero() : shown);
    }

    /** The function behind "Estimate from landmarks"; {@code null} disables the button. */
    public void setEstimator(Function<FaceSample, HeadPose> estimator) {
        this.estimator = estimator;
        updateEstimateButton();
    }

    /** Receives each pose edit: a description ("Set yaw to 12.5°") and the new pose. */
    public void setOnPoseEdited(BiConsumer<String, HeadPose> handler) {
        onPoseEdited = handler == null ? (description, pose) -> { } : handler;
    }

    /** The pose the panel shows now (a drag in progress included), or {@code null}. */
    public HeadPose shownPose() {
        return shown;
    }

    /** Readable name of a pose source, as the panel shows it. */
    public static String describe(PoseSource source) {
        return switch (source) {
            case POSE_PARA -> "Pose_Para of 300W-LP / AFLW2000 (3DMM fit)";
            case PFPLD_LIST -> "PFPLD list";
            case ANNOTATOR -> "annotator";
            case SOLVE_PNP -> "solvePnP estimate from landmarks";
            case MODEL -> "model prediction";
            case IMPORTED -> "imported";
            case SYNTHETIC -> "synthetic face (exact)";
        };
    }

    private GridPane angleGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 0, 0, 0));
        ColumnConstraints name = new ColumnConstraints(48);
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        ColumnConstraints field = new ColumnConstraints(72);
        grid.getColumnConstraints().addAll(name, slider, field);
        int row = 0;
        for (Angle a : Angle.values()) {
            Slider s = new Slider(-a.limit, a.limit, 0);
            s.setId(a.key + "-slider");
            s.setBlockIncrement(1);
            s.setMajorTickUnit(a.limit / 2);
            s.setShowTickMarks(true);
            s.valueProperty().addListener((obs, old, now) -> sliderMoved(a, s));
            s.valueChangingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commitSlider(a, s);
                }
            });
            s.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> commitSlider(a, s));
            TextField f = new TextField();
            f.setId(a.key + "-field");
            f.getStyleClass().add("ls-value");
            f.setOnAction(e -> commitField(a, f));
            f.textProperty().addListener((obs, old, now) -> f.getStyleClass().remove("ls-invalid"));
            sliders.put(a, s);
            fields.put(a, f);
            grid.addRow(row++, new Label(a.title), s, f);
        }
        return grid;
    }

    private static HeadPose zero() {
        return new HeadPose(0, 0, 0, PoseSource.ANNOTATOR);
    }

    private void showPose(HeadPose pose) {
        updating = true;
        for (Angle a : Angle.values()) {
            sliders.get(a).setValue(a.of(pose));
            fields.get(a).setText(format(a.of(pose)));
        }
        updating = false;
        gizmo.repaint();
    }

    private void sliderMoved(Angle a, Slider s) {
        if (updating || sample == null) {
            return;
        }
        shown = a.with(base(), round(s.getValue()));
        fields.get(a).setText(format(a.of(shown)));
        gizmo.repaint();
        if (!s.isValueChanging() && !s.isPressed()) {
            commitSlider(a, s);
        }
    }

    private void commitSlider(Angle a, Slider s) {
        if (sample == null) {
            return;
        }
        HeadPose pose = a.with(base(), round(s.getValue()));
        commit("Set " + a.key + " to " + format(a.of(pose)) + "\u00b0", pose);
    }

    private void commitField(Angle a, TextField f) {
        double value;
        try {
            value = Double.parseDouble(f.getText().trim().replace(',', '.').replace("\u00b0", ""));
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(Math.abs(value) <= a.limit)) {
            if (!f.getStyleClass().contains("ls-invalid")) {
                f.getStyleClass().add("ls-invalid");
            }
            return;
        }
        HeadPose pose = a.with(base(), round(value));
        commit("Set " + a.key + " to " + format(a.of(pose)) + "\u00b0", pose);
    }

    /** The last committed pose, or a level one when the sample has none. */
    private HeadPose base() {
        return committed == null ? zero() : committed;
    }

    private void commit(String description, HeadPose pose) {
        HeadPose before = base();
        boolean sameAngles = before.yaw() == pose.yaw() && before.pitch() == pose.pitch()
                && before.roll() == pose.roll();
        boolean same = sameAngles && (pose.source() == PoseSource.ANNOTATOR
                || committed != null && committed.source() == pose.source());
        if (same) {
            shown = committed;
            showPose(before);
            return;
        }
        committed = pose;
        shown = pose;
        source.setText("Source: " + describe(pose.source()));
        showPose(pose);
        onPoseEdited.accept(description, pose);
    }

    private void gizmoPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressPose = base();
    }

    private void gizmoDragged(MouseEvent e) {
        if (pressPose == null) {
            return;
        }
        shown = dragged(pressPose, e.getX() - pressX, e.getY() - pressY, e.isShiftDown());
        showPose(shown);
    }

    private void gizmoReleased(MouseEvent e) {
        if (pressPose == null) {
            return;
        }
        HeadPose pose = dragged(pressPose, e.getX() - pressX, e.getY() - pressY, e.isShiftDown());
        pressPose = null;
        commit("Rotate pose to yaw " + format(pose.yaw()) + "\u00b0, pitch " + format(pose.pitch())
                + "\u00b0, roll " + format(pose.roll()) + "\u00b0", pose);
    }

    /** The pose after dragging the gizmo by (dx, dy) pixels from {@code start}. */
    static HeadPose dragged(HeadPose start, double dx, double dy, boolean roll) {
        if (roll) {
            return new HeadPose(start.yaw(), start.pitch(),
                    round(clamp(start.roll() + dx * DEGREES_PER_PIXEL, Angle.ROLL.limit)), PoseSource.ANNOTATOR);
        }
        return new HeadPose(round(clamp(start.yaw() - dx * DEGREES_PER_PIXEL, Angle.YAW.limit)),
                round(clamp(start.pitch() - dy * DEGREES_PER_PIXEL, Angle.PITCH.limit)), start.roll(),
                PoseSource.ANNOTATOR);
    }

    private void runEstimator() {
        if (estimator == null || sample == null) {
            return;
        }
        showEstimate(estimator.apply(sample));
        if (estimated == null) {
            estimateText.setText("No estimate: the landmarks needed for it are not labelled.");
            estimateBox.setVisible(true);
            accept.setDisable(true);
        }
    }

    private void showEstimate(HeadPose pose) {
        estimated = pose;
        estimateBox.setVisible(pose != null);
        accept.setDisable(pose == null);
        if (pose != null) {
            HeadPose label = base();
            estimateText.setText("Estimate:  " + angles(pose) + "\nLabel:       "
                    + (committed == null ? "none" : angles(label)) + "\nSource: " + describe(pose.source()));
        }
        gizmo.repaint();
    }

    private void acceptEstimate() {
        HeadPose pose = estimated;
        if (pose == null) {
            return;
        }
        showEstimate(null);
        commit("Accept pose estimate (" + describe(pose.source()) + ")", pose);
    }

    private void updateEstimateButton() {
        estimate.setDisable(estimator == null || sample == null);
    }

    private void paintGizmo(GraphicsContext g) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        g.setFill(Color.rgb(28, 31, 36));
        g.fillRect(0, 0, w, h);
        double size = Math.min(w, h) * 0.42;
        double cx = w / 2;
        double cy = h / 2;
        g.setStroke(Color.rgb(255, 255, 255, 0.12));
        g.setLineWidth(1);
        g.strokeLine(cx, 8, cx, h - 8);
        g.strokeLine(8, cy, w - 8, cy);
        if (sample == null) {
            return;
        }
        if (estimated != null) {
            PoseGizmo.draw(g, estimated, cx, cy, size, 0.35);
        }
        PoseGizmo.draw(g, shown == null ? zero() : shown, cx, cy, size);
        g.setFill(Color.rgb(225, 228, 232));
        g.setFont(Font.font("monospace", 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        HeadPose p = shown == null ? zero() : shown;
        g.fillText(angles(p), 8, 8);
        if (estimated != null) {
            g.setFill(Color.rgb(255, 255, 255, 0.6));
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("faint: estimate", 8, h - 8);
        }
    }

    private static String angles(HeadPose p) {
        return "yaw " + format(p.yaw()) + "\u00b0  pitch " + format(p.pitch()) + "\u00b0  roll " + format(p.roll())
                + "\u00b0";
    }

    private static String format(double degrees) {
        return String.format(Locale.ROOT, "%.1f", degrees);
    }

    /** Angles are edited to a tenth of a degree: finer is below any label's accuracy. */
    private static double round(double degrees) {
        return Math.round(degrees * 10) / 10.0;
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    /** The three angles, their ranges and how to replace one in a pose. */
    private enum Angle {
        YAW("yaw", "Yaw", 90),
        PITCH("pitch", "Pitch", 90),
        ROLL("roll", "Roll", 180);

        final String key;
        final String title;
        final double limit;

        Angle(String key, String title, double limit) {
            this.key = key;
            this.title = title;
            this.limit = limit;
        }

        double of(HeadPose p) {
            return switch (this) {
                case YAW -> p.yaw();
                case PITCH -> p.pitch();
                case ROLL -> p.roll();
            };
        }

        HeadPose with(HeadPose p, double value) {
            return switch (this) {
                case YAW -> new HeadPose(value, p.pitch(), p.roll(), PoseSource.ANNOTATOR);
                case PITCH -> new HeadPose(p.yaw(), value, p.roll(), PoseSource.ANNOTATOR);
                case ROLL -> new HeadPose(p.yaw(), p.pitch(), value, PoseSource.ANNOTATOR);
            };
        }
    }
}
