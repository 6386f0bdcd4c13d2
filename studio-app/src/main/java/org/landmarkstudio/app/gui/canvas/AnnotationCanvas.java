package org.landmarkstudio.app.gui.canvas;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * The image of one face with its landmarks, zoomable, pannable and editable.
 *
 * <p>Mouse: wheel zooms about the cursor; the right or middle button pans; a click selects the
 * point under it (Shift adds), dragging moves the selection, dragging on empty image draws a
 * selection rectangle; with one unlabelled point selected, a click places it. Keys: arrows nudge
 * the selection by one image pixel (Shift: 10), Tab / Shift+Tab select the next / previous point in
 * schema order, U or Delete marks the selection unlabelled, I toggles index labels, F fits the
 * image, 1 shows it at actual size, Escape clears the selection.
 *
 * <p>Each finished gesture (a drag, a nudge, a placement) is reported once through
 * {@link #setOnLandmarksEdited}; while a drag is in progress the canvas shows a preview only.
 */
public final class AnnotationCanvas extends Region {

    private static final double HIT_RADIUS = 8;
    private static final Font LEGEND_FONT = Font.font("System", 12);

    private final Canvas canvas = new Canvas();
    private final LandmarkPainter painter;
    private final BooleanProperty showLabels = new SimpleBooleanProperty(false);
    private final List<CanvasOverlay> overlays = new ArrayList<>();
    private BiConsumer<String, Landmarks> onLandmarksEdited = (d, l) -> { };
    private Image image;
    private FaceSample sample;
    private Landmarks shown;
    private ViewTransform view = new ViewTransform(1, 0, 0);
    private BitSet selection = new BitSet();
    private int hovered = -1;
    private Point2D pressAt;
    private Landmarks dragOrigin;
    private Point2D rubberEnd;
    private Point2D panFrom;
    private boolean fitPending = true;

    public AnnotationCanvas(LandmarkPainter painter) {
        this.painter = painter;
        getStyleClass().add("annotation-canvas");
        setId("annotation-canvas");
        setFocusTraversable(true);
        getChildren().add(canvas);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnScroll(this::scrolled);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        showLabels.addListener((o, a, b) -> redraw());
    }

    /** Shows {@code face} on {@code img} (null while the image loads); a new image is fitted to the view. */
    public void setSample(FaceSample face, Image img) {
        boolean newImage = img != image || face == null || sample == null
                || !face.image().equals(sample.image());
        this.sample = face;
        this.image = img;
        this.shown = face == null ? null : face.landmarks();
        this.dragOrigin = null;
        if (face == null || newImage) {
            selection = new BitSet();
            hovered = -1;
        }
        if (newImage) {
            fitPending = true;
            requestLayout();
        }
        redraw();
    }

    /** The face shown, or null. */
    public FaceSample sample() {
        return sample;
    }

    /** Called with a description and the new landmarks when a gesture finishes. */
    public void setOnLandmarksEdited(BiConsumer<String, Landmarks> handler) {
        this.onLandmarksEdited = handler;
    }

    /** Adds something to draw over the landmarks. */
    public void addOverlay(CanvasOverlay overlay) {
        overlays.add(overlay);
        redraw();
    }

    /** Whether every point's index is written. */
    public BooleanProperty showLabelsProperty() {
        return showLabels;
    }

    /** The current mapping from image to screen (canvas-local) coordinates. */
    public ViewTransform view() {
        return view;
    }

    /** Sets the mapping from image to screen coordinates. */
    public void setView(ViewTransform transform) {
        this.view = transform;
        this.fitPending = false;
        redraw();
    }

    /** Shows the whole image. */
    public void fit() {
        if (image != null && getWidth() > 0) {
            setView(ViewTransform.fit(image.getWidth(), image.getHeight(), getWidth(), getHeight()));
        }
    }

    /** One image pixel per screen pixel, centred on the face. */
    public void actualSize() {
        if (sample != null) {
            setView(ViewTransform.actualSize(sample.boxOrBounds().centerX(), sample.boxOrBounds().centerY(),
                    getWidth(), getHeight()));
        }
    }

    /** The selected point indices (a copy). */
    public BitSet selection() {
        return (BitSet) selection.clone();
    }

    /** Selects exactly {@code indices}. */
    public void select(int... indices) {
        selection = new BitSet();
        for (int i : indices) {
            selection.set(i);
        }
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        if (fitPending && image != null && w > 0 && h > 0) {
            fitPending = false;
            view = ViewTransform.fit(image.getWidth(), image.getHeight(), w, h);
        }
        redraw();
    }

    /** Draws everything again (cheap: one image and at most a few hundred shapes). */
    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#1d2024"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (sample == null) {
            return;
        }
        if (image != null) {
            g.setImageSmoothing(view.scale() < 2);
            g.drawImage(image, view.offsetX(), view.offsetY(), image.getWidth() * view.scale(),
                    image.getHeight() * view.scale());
        }
        painter.paint(g, shown, view, selection, hovered, showLabels.get());
        for (CanvasOverlay overlay : overlays) {
            overlay.paint(g, view, sample);
        }
        if (pressAt != null && rubberEnd != null) {
            g.setStroke(Color.web("#7fc8ff"));
            g.setLineDashes(4, 4);
            g.strokeRect(Math.min(pressAt.getX(), rubberEnd.getX()), Math.min(pressAt.getY(), rubberEnd.getY()),
                    Math.abs(rubberEnd.getX() - pressAt.getX()), Math.abs(rubberEnd.getY() - pressAt.getY()));
            g.setLineDashes();
        }
        legend(g);
    }

    private void legend(GraphicsContext g) {
        StringBuilder s = new StringBuilder();
        s.append(shown.schema().displayName()).append(" · ").append(shown.labelledCount()).append('/')
                .append(shown.size()).append(" labelled");
        if (!selection.isEmpty()) {
            s.append(" · selected ").append(selection.cardinality() == 1
                    ? "point " + selection.nextSetBit(0) : selection.cardinality() + " points");
        }
        List<Integer> unlabelled = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.isLabelled(i)) {
                unlabelled.add(i);
            }
        }
        if (!unlabelled.isEmpty()) {
            s.append("\nunlabelled: ").append(unlabelled.size() > 20
                    ? unlabelled.subList(0, 20) + "…" : unlabelled.toString());
        }
        int single = singleSelection();
        if (single >= 0 && !shown.isLabelled(single)) {
            s.append("\nclick on the image to place point ").append(single);
        }
        s.append(String.format(java.util.Locale.ROOT, "\nzoom %.0f%%", view.scale() * 100));
        g.setFont(LEGEND_FONT);
        g.setFill(Color.rgb(0, 0, 0, 0.55));
        String text = s.toString();
        int lines = text.split("\n").length;
        g.fillRect(8, 8, 330, 8 + 16 * lines);
        g.setFill(Color.web("#e8e8e8"));
        g.fillText(text, 14, 24);
    }

    /** The labelled point within reach of screen point {@code (sx, sy)}, or -1. */
    public int pointAt(double sx, double sy) {
        if (shown == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = HIT_RADIUS;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.isLabelled(i)) {
                double d = Math.hypot(view.toScreenX(shown.x(i)) - sx, view.toScreenY(shown.y(i)) - sy);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        return best;
    }

    private int singleSelection() {
        return selection.cardinality() == 1 ? selection.nextSetBit(0) : -1;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (sample == null) {
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            panFrom = new Point2D(e.getX(), e.getY());
            return;
        }
        int single = singleSelection();
        if (single >= 0 && !shown.isLabelled(single)) {
            Landmarks placed = shown.withPoint(single, view.toImageX(e.getX()), view.toImageY(e.getY()));
            onLandmarksEdited.accept("Place point " + single, placed);
            return;
        }
        int hit = pointAt(e.getX(), e.getY());
        pressAt = new Point2D(e.getX(), e.getY());
        if (hit >= 0) {
            if (e.isShiftDown()) {
                selection.flip(hit);
            } else if (!selection.get(hit)) {
                selection = new BitSet();
                selection.set(hit);
            }
            dragOrigin = shown;
        } else {
            if (!e.isShiftDown()) {
                selection = new BitSet();
            }
            rubberEnd = pressAt;
        }
        redraw();
    }

    private void dragged(MouseEvent e) {
        if (panFrom != null) {
            view = view.panBy(e.getX() - panFrom.getX(), e.getY() - panFrom.getY());
            panFrom = new Point2D(e.getX(), e.getY());
            redraw();
            return;
        }
        if (pressAt == null) {
            return;
        }
        if (dragOrigin != null) {
            shown = moved(dragOrigin, (e.getX() - pressAt.getX()) / view.scale(),
                    (e.getY() - pressAt.getY()) / view.scale());
        } else {
            rubberEnd = new Point2D(e.getX(), e.getY());
        }
        redraw();
    }

    private void released(MouseEvent e) {
        if (panFrom != null) {
            panFrom = null;
            return;
        }
        if (pressAt == null) {
            return;
        }
        if (dragOrigin != null) {
            Landmarks origin = dragOrigin;
            boolean moved = e.getX() != pressAt.getX() || e.getY() != pressAt.getY();
            dragOrigin = null;
            pressAt = null;
            if (moved) {
                onLandmarksEdited.accept(describe("Move"), shown);
                return;
            }
            shown = origin;
        } else if (rubberEnd != null) {
            selectInside(pressAt, rubberEnd);
        }
        pressAt = null;
        rubberEnd = null;
        redraw();
    }

    private void selectInside(Point2D a, Point2D b) {
        double x1 = Math.min(a.getX(), b.getX());
        double x2 = Math.max(a.getX(), b.getX());
        double y1 = Math.min(a.getY(), b.getY());
        double y2 = Math.max(a.getY(), b.getY());
        for (int i = 0; i < shown.size(); i++) {
            if (shown.isLabelled(i)) {
                double x = view.toScreenX(shown.x(i));
                double y = view.toScreenY(shown.y(i));
                if (x >= x1 && x <= x2 && y >= y1 && y <= y2) {
                    selection.set(i);
                }
            }
        }
    }

    private void hover(MouseEvent e) {
        int hit = pointAt(e.getX(), e.getY());
        if (hit != hovered) {
            hovered = hit;
            redraw();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        view = view.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        redraw();
        e.consume();
    }

    private void key(KeyEvent e) {
        if (sample == null) {
            return;
        }
        double step = e.isShiftDown() ? 10 : 1;
        switch (e.getCode()) {
            case LEFT -> nudge(-step, 0);
            case RIGHT -> nudge(step, 0);
            case UP -> nudge(0, -step);
            case DOWN -> nudge(0, step);
            case TAB -> cycle(e.isShiftDown() ? -1 : 1);
            case U, DELETE, BACK_SPACE -> unlabel();
            case I -> showLabels.set(!showLabels.get());
            case F -> fit();
            case DIGIT1, NUMPAD1 -> actualSize();
            case ESCAPE -> select();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void nudge(double dx, double dy) {
        Landmarks moved = moved(shown, dx, dy);
        if (moved != shown) {
            onLandmarksEdited.accept(describe("Nudge"), moved);
        }
    }

    private void cycle(int direction) {
        int n = shown.size();
        int from = selection.isEmpty() ? (direction > 0 ? -1 : 0) : selection.nextSetBit(0);
        select(Math.floorMod(from + direction, n));
    }

    private void unlabel() {
        Landmarks out = shown;
        for (int i = selection.nextSetBit(0); i >= 0; i = selection.nextSetBit(i + 1)) {
            if (out.isLabelled(i)) {
                out = out.withoutPoint(i);
            }
        }
        if (out != shown) {
            onLandmarksEdited.accept(describe("Unlabel"), out);
        }
    }

    /** {@code from} with the selected labelled points shifted by {@code (dx, dy)} image pixels. */
    private Landmarks moved(Landmarks from, double dx, double dy) {
        Landmarks out = from;
        for (int i = selection.nextSetBit(0); i >= 0; i = selection.nextSetBit(i + 1)) {
            if (from.isLabelled(i)) {
                out = out.withPoint(i, from.x(i) + dx, from.y(i) + dy);
            }
        }
        return out;
    }

    private String describe(String verb) {
        int n = selection.cardinality();
        return n == 1 ? verb + " point " + selection.nextSetBit(0) : verb + " " + n + " points";
    }
}
