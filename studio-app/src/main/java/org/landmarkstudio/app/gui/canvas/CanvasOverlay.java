package org.landmarkstudio.app.gui.canvas;

import javafx.scene.canvas.GraphicsContext;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * Something drawn over the face on the annotation canvas after the landmarks (the head-pose cube,
 * a model's prediction), in screen space through the canvas's current view.
 */
@FunctionalInterface
public interface CanvasOverlay {

    /** Draws for {@code sample} as shown through {@code view}. */
    void paint(GraphicsContext g, ViewTransform view, FaceSample sample);
}
