package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.Region;
import org.landmarkstudio.sampledata.SyntheticFace;

/**
 * A grid of generated faces for a quick look, optionally with their landmarks (coloured by
 * region, joined by the schema's connectivity) drawn over them.
 */
public final class ContactSheet {

    private ContactSheet() {
    }

    /**
     * The faces in rows of {@code columns}, each at its own size (they share one), with a
     * 2-pixel gap.
     */
    public static BufferedImage of(List<SyntheticFace> faces, int columns, boolean drawLandmarks) {
        if (faces.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a contact sheet needs faces and at least one column");
        }
        int cell = faces.get(0).image().getWidth();
        int gap = 2;
        int rows = (faces.size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * (cell + gap) - gap, rows * (cell + gap) - gap,
                BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < faces.size(); i++) {
            int x = i % columns * (cell + gap);
            int y = i / columns * (cell + gap);
            SyntheticFace face = faces.get(i);
            g.drawImage(face.image(), x, y, null);
            if (drawLandmarks) {
                drawLandmarks(g, face.landmarks(), x, y, cell);
            }
        }
        g.dispose();
        return sheet;
    }

    private static void drawLandmarks(Graphics2D g, Landmarks landmarks, int ox, int oy, int cell) {
        float r = Math.max(1f, cell / 190f);
        g.setStroke(new BasicStroke(r * 0.5f));
        for (int[] edge : landmarks.schema().edges()) {
            g.setColor(new Color(255, 255, 255, 110));
            g.draw(new Line2D.Double(ox + landmarks.x(edge[0]), oy + landmarks.y(edge[0]),
                    ox + landmarks.x(edge[1]), oy + landmarks.y(edge[1])));
        }
        for (int i = 0; i < landmarks.size(); i++) {
            g.setColor(colour(landmarks.schema().groupOf(i).region()));
            g.fill(new Ellipse2D.Double(ox + landmarks.x(i) - r, oy + landmarks.y(i) - r, 2 * r, 2 * r));
        }
    }

    private static Color colour(Region region) {
        return switch (region) {
            case CONTOUR -> new Color(255, 220, 0);
            case BROW -> new Color(255, 120, 0);
            case NOSE -> new Color(0, 220, 255);
            case EYE -> new Color(0, 255, 90);
            case LIPS -> new Color(255, 40, 120);
            default -> new Color(255, 255, 255);
        };
    }
}
