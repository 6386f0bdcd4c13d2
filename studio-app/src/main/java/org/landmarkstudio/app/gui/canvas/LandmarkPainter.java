package org.landmarkstudio.app.gui.canvas;

import java.util.BitSet;
import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointGroup;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Draws a face's landmarks on a canvas: the schema's connectivity as lines and each point as a dot,
 * coloured by semantic group, with the selection, the hovered point and (optionally) every index.
 *
 * <p>All coordinates pass through one {@link ViewTransform}; unlabelled points have no coordinate
 * and are not drawn here (the canvas lists them in its legend).
 */
public final class LandmarkPainter {

    private static final double RADIUS = 3.2;
    private static final Font LABEL_FONT = Font.font("System", 10);

    private final Function<PointGroup, Color> colors;

    /** @param colors the colour of each semantic group */
    public LandmarkPainter(Function<PointGroup, Color> colors) {
        this.colors = colors;
    }

    /**
     * Draws {@code landmarks}.
     *
     * @param selected indices drawn as selected
     * @param hovered index under the mouse, or -1
     * @param labels whether to write every point's index
     */
    public void paint(GraphicsContext g, Landmarks landmarks, ViewTransform view, BitSet selected, int hovered,
            boolean labels) {
        PointSchema schema = landmarks.schema();
        g.setLineWidth(1.2);
        for (PointGroup group : schema.groups()) {
            g.setStroke(colors.apply(group).deriveColor(0, 1, 1, 0.75));
            for (int[] e : group.edges()) {
                if (landmarks.isLabelled(e[0]) && landmarks.isLabelled(e[1])) {
                    g.strokeLine(view.toScreenX(landmarks.x(e[0])), view.toScreenY(landmarks.y(e[0])),
                            view.toScreenX(landmarks.x(e[1])), view.toScreenY(landmarks.y(e[1])));
                }
            }
        }
        g.setFont(LABEL_FONT);
        for (PointGroup group : schema.groups()) {
            Color c = colors.apply(group);
            for (int i : group.indices()) {
                if (!landmarks.isLabelled(i)) {
                    continue;
                }
                double x = view.toScreenX(landmarks.x(i));
                double y = view.toScreenY(landmarks.y(i));
                boolean isSelected = selected.get(i);
                double r = isSelected || i == hovered ? RADIUS + 1.8 : RADIUS;
                g.setFill(c);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                if (isSelected) {
                    g.setStroke(Color.WHITE);
                    g.setLineWidth(1.6);
                    g.strokeOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
                    g.setLineWidth(1.2);
                }
                if (labels || i == hovered) {
                    g.setFill(Color.rgb(0, 0, 0, 0.6));
                    g.fillText(Integer.toString(i), x + r + 2, y - r - 1);
                    g.setFill(Color.WHITE);
                    g.fillText(Integer.toString(i), x + r + 1, y - r - 2);
                }
            }
        }
    }
}
