package org.landmarkstudio.app.gui.gallery;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * Draws one gallery thumbnail: the face cut from its image around its box (or its landmarks' bounds),
 * scaled to a square, with the labelled landmarks as small dots, so that closed eyes and bad
 * labels show at a glance. Runs on worker threads (AWT imaging, no JavaFX).
 *
 * <p>The last decoded image is kept, because datasets list the faces of one photo one after another
 * (WFLW has up to dozens per image) and decoding dominates the cost.
 */
final class ThumbnailRenderer {

    private static final double MARGIN = 1.5;

    private final int size;
    private Path lastPath;
    private BufferedImage lastImage;

    ThumbnailRenderer(int size) {
        this.size = size;
    }

    /** The thumbnail; a missing or unreadable image gives a grey tile that says so. */
    synchronized BufferedImage render(FaceSample sample) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        BufferedImage image = image(sample.image().resolved());
        Box box = sample.boxOrBounds();
        double side = Math.max(Math.max(box.width(), box.height()) * MARGIN, 1);
        double x0 = box.centerX() - side / 2;
        double y0 = box.centerY() - side / 2;
        double scale = size / side;
        if (image == null) {
            g.setColor(new Color(0x3a3f44));
            g.fillRect(0, 0, size, size);
            g.setColor(new Color(0xd0d0d0));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, size / 10)));
            g.drawString("image missing", 6, size / 2);
        } else {
            g.setColor(new Color(0x202326));
            g.fillRect(0, 0, size, size);
            g.drawImage(image, 0, 0, size, size, (int) Math.round(x0), (int) Math.round(y0),
                    (int) Math.round(x0 + side), (int) Math.round(y0 + side), null);
        }
        drawPoints(g, sample.landmarks(), x0, y0, scale);
        g.dispose();
        return out;
    }

    private void drawPoints(Graphics2D g, Landmarks landmarks, double x0, double y0, double scale) {
        double r = Math.max(1.0, size / 90.0);
        g.setStroke(new BasicStroke(0.8f));
        for (int i = 0; i < landmarks.size(); i++) {
            if (!landmarks.isLabelled(i)) {
                continue;
            }
            double x = (landmarks.x(i) - x0) * scale;
            double y = (landmarks.y(i) - y0) * scale;
            g.setColor(new Color(0x40e0a0));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    private BufferedImage image(Path path) {
        if (path == null) {
            return null;
        }
        if (path.equals(lastPath)) {
            return lastImage;
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(path.toFile());
        } catch (IOException e) {
            decoded = null;
        }
        lastPath = path;
        lastImage = decoded;
        return decoded;
    }
}
