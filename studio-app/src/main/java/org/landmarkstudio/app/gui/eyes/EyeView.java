package org.landmarkstudio.app.gui.eyes;

import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.landmarkstudio.app.gui.paint.CanvasSurface;
import org.landmarkstudio.app.gui.paint.GroupColors;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.EyeContour;
import org.landmarkstudio.core.schema.Region;

/**
 * One eye enlarged: the image around the eye contour, the lid points on it, and dragging one
 * point to a new place.
 *
 * <p>The crop is fixed when the landmarks are set, not recomputed while dragging, so the
 * point follows the mouse exactly and the zoom stays constant during a gesture. A drag is
 * reported once, on release, with the point's new image coordinates.
 */
final class EyeView {

    /** How much wider than the corner-to-corner width the crop is. */
    private static final double CROP_FACTOR = 2.0;
    private static final double RADIUS = 5;
    private static final double HIT_RADIUS = 10;
    private static final Color BACKGROUND = Color.rgb(28, 31, 36);

    private final EyeSide side;
    private final CanvasSurface surface = new CanvasSurface(this::paint, 300, 180);
    private final BiConsumer<Integer, Point2D> onMoved;

    private Image image;
    private Landmarks landmarks;
    private EyeContour contour;
    private double centreX;
    private double centreY;
    private double cropWidth;
    private double zoom = 1;
    private double originX;
    private double originY;
    private int hover = -1;
    private int dragging = -1;
    private double pressX;
    private double pressY;
    private double dragX;
    private double dragY;

    /** A view of {@code side}; {@code onMoved} gets the point index and its new image position. */
    EyeView(EyeSide side, BiConsumer<Integer, Point2D> onMoved) {
        this.side = side;
        this.onMoved = onMoved;
        surface.canvas().setOnMouseMoved(this::moved);
        surface.canvas().setOnMousePressed(this::pressed);
        surface.canvas().setOnMouseDragged(this::dragged);
        surface.canvas().setOnMouseReleased(this::released);
        surface.setId(side.key() + "-eye-view");
    }

    CanvasSurface surface() {
        return surface;
    }

    /** Shows these landmarks over this image and frames the crop on the eye. */
    void show(Landmarks newLandmarks, Image newImage) {
        this.landmarks = newLandmarks;
        this.image = newImage;
        this.contour = newLandmarks == null ? null : side.contour(newLandmarks.schema());
        this.dragging = -1;
        frame();
        surface.repaint();
    }

    /** Shows edited landmarks without moving the crop (after a drag the user has just made). */
    void update(Landmarks edited) {
        this.landmarks = edited;
        surface.repaint();
    }

    /** Screen pixels per image pixel. */
    double zoom() {
        return zoom;
    }

    /** Whether every contour point has a coordinate, so the eye can be shown and edited. */
    boolean isComplete() {
        if (contour == null) {
            return false;
        }
        for (int i = 0; i < contour.size(); i++) {
            if (!landmarks.isLabelled(contour.point(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where point {@code index} is drawn, in canvas coordinates, or {@code null}. */
    Point2D canvasPositionOf(int index) {
        if (!isComplete() || !contains(index)) {
            return null;
        }
        return new Point2D(toCanvasX(landmarks.x(index)), toCanvasY(landmarks.y(index)));
    }

    private boolean contains(int index) {
        for (int i = 0; i < contour.size(); i++) {
            if (contour.point(i) == index) {
                return true;
            }
        }
        return false;
    }

    private void frame() {
        if (!isComplete()) {
            return;
        }
        double x1 = Double.POSITIVE_INFINITY;
        double y1 = Double.POSITIVE_INFINITY;
        double x2 = Double.NEGATIVE_INFINITY;
        double y2 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < contour.size(); i++) {
            int p = contour.point(i);
            x1 = Math.min(x1, landmarks.x(p));
            x2 = Math.max(x2, landmarks.x(p));
            y1 = Math.min(y1, landmarks.y(p));
            y2 = Math.max(y2, landmarks.y(p));
        }
        centreX = (x1 + x2) / 2;
        centreY = (y1 + y2) / 2;
        cropWidth = Math.max(8, CROP_FACTOR * Math.max(x2 - x1, 1.6 * (y2 - y1)));
    }

    private double toCanvasX(double imageX) {
        return (imageX - originX) * zoom;
    }

    private double toCanvasY(double imageY) {
        return (imageY - originY) * zoom;
    }

    private void paint(GraphicsContext g) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (!isComplete()) {
            g.setFill(Color.rgb(200, 200, 200));
            g.setFont(Font.font(13));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("This eye is not fully labelled.", w / 2, h / 2);
            return;
        }
        zoom = w / cropWidth;
        originX = centreX - cropWidth / 2;
        originY = centreY - h / zoom / 2;
        if (image != null) {
            double sx1 = Math.max(0, originX);
            double sy1 = Math.max(0, originY);
            double sx2 = Math.min(image.getWidth(), originX + cropWidth);
            double sy2 = Math.min(image.getHeight(), originY + h / zoom);
            if (sx2 > sx1 && sy2 > sy1) {
                g.setImageSmoothing(zoom < 4);
                g.drawImage(image, sx1, sy1, sx2 - sx1, sy2 - sy1, toCanvasX(sx1), toCanvasY(sy1),
                        (sx2 - sx1) * zoom, (sy2 - sy1) * zoom);
            }
        }
        Color eye = GroupColors.of(Region.EYE);
        int n = contour.size();
        g.setStroke(eye.deriveColor(0, 1, 1, 0.8));
        g.setLineWidth(1.5);
        for (int i = 0; i < n; i++) {
            Point2D a = shownPosition(contour.point(i));
            Point2D b = shownPosition(contour.point((i + 1) % n));
            g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        }
        g.setFont(Font.font(11));
        for (int i = 0; i < n; i++) {
            int p = contour.point(i);
            Point2D at = shownPosition(p);
            boolean lit = p == hover || p == dragging;
            g.setFill(lit ? GroupColors.HIGHLIGHT : eye);
            double r = lit ? RADIUS + 1.5 : RADIUS;
            g.fillOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            g.setStroke(Color.rgb(0, 0, 0, 0.7));
            g.setLineWidth(1);
            g.strokeOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            labelPoint(g, p, i, at);
        }
    }

    /**
     * Writes the index beside a point: corners outside the eye, upper-lid points above and
     * lower-lid points below, so that the labels stay apart when the eye is closed.
     */
    private void labelPoint(GraphicsContext g, int p, int k, Point2D at) {
        int half = contour.size() / 2;
        double x = at.getX();
        double y = at.getY();
        if (k == 0 || k == half) {
            boolean leftCorner = (k == 0) == (toCanvasX(landmarks.x(contour.point(0)))
                    <= toCanvasX(landmarks.x(contour.point(half))));
            g.setTextAlign(leftCorner ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            x += leftCorner ? -9 : 9;
        } else {
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(k < half ? VPos.BOTTOM : VPos.TOP);
            y += k < half ? -8 : 8;
        }
        g.setFill(Color.rgb(0, 0, 0, 0.6));
        g.fillText(Integer.toString(p), x + 1, y + 1);
        g.setFill(Color.WHITE);
        g.fillText(Integer.toString(p), x, y);
    }

    private Point2D shownPosition(int p) {
        double x = toCanvasX(landmarks.x(p));
        double y = toCanvasY(landmarks.y(p));
        if (p == dragging) {
            return new Point2D(x + dragX - pressX, y + dragY - pressY);
        }
        return new Point2D(x, y);
    }

    private int pointAt(double x, double y) {
        if (!isComplete()) {
            return -1;
        }
        int best = -1;
        double bestDistance = HIT_RADIUS;
        for (int i = 0; i < contour.size(); i++) {
            int p = contour.point(i);
            double d = Math.hypot(toCanvasX(landmarks.x(p)) - x, toCanvasY(landmarks.y(p)) - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    private void moved(MouseEvent e) {
        int p = pointAt(e.getX(), e.getY());
        if (p != hover) {
            hover = p;
            surface.setCursor(p >= 0 ? Cursor.HAND : Cursor.DEFAULT);
            surface.repaint();
        }
    }

    private void pressed(MouseEvent e) {
        dragging = pointAt(e.getX(), e.getY());
        pressX = e.getX();
        pressY = e.getY();
        dragX = pressX;
        dragY = pressY;
        surface.repaint();
    }

    private void dragged(MouseEvent e) {
        if (dragging >= 0) {
            dragX = e.getX();
            dragY = e.getY();
            surface.repaint();
        }
    }

    private void released(MouseEvent e) {
        if (dragging < 0) {
            return;
        }
        int p = dragging;
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        dragging = -1;
        if (dx != 0 || dy != 0) {
            onMoved.accept(p, new Point2D(landmarks.x(p) + dx / zoom, landmarks.y(p) + dy / zoom));
        } else {
            surface.repaint();
        }
    }
}
