package org.landmarkstudio.app.gui.paint;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A canvas that fills whatever area its parent gives it and repaints itself when that area
 * changes, because a bare {@link Canvas} has a fixed size and never takes part in layout.
 */
public final class CanvasSurface extends Region {

    private final Canvas canvas = new Canvas();
    private final Consumer<GraphicsContext> painter;

    /**
     * A surface painted by {@code painter}; the painter gets a context whose canvas has the
     * surface's current size and must fill it.
     */
    public CanvasSurface(Consumer<GraphicsContext> painter, double prefWidth, double prefHeight) {
        this.painter = painter;
        getChildren().add(canvas);
        setPrefSize(prefWidth, prefHeight);
        setMinSize(0, 0);
    }

    /** The canvas, for mouse handlers and coordinate conversion. */
    public Canvas canvas() {
        return canvas;
    }

    /** Paints again with the current state. */
    public void repaint() {
        painter.accept(canvas.getGraphicsContext2D());
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, Math.floor(getWidth()));
        double h = Math.max(1, Math.floor(getHeight()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        canvas.relocate(0, 0);
        repaint();
    }
}
