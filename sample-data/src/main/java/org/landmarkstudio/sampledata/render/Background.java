package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The scene behind the person: a plain or graded wall, a room with a window and furniture,
 * lights out of focus, an outdoor view or a patterned wallpaper, often rendered soft as if out
 * of the camera's focus.
 *
 * @param kind     what the scene is
 * @param first    its main colour
 * @param second   its second colour
 * @param soft     whether it is out of focus
 * @param detail   seed of the scene's clutter (shapes, lights, windows)
 */
public record Background(Kind kind, Color first, Color second, boolean soft, long detail) {

    /** The kinds of scene. */
    public enum Kind {
        /** A wall lit unevenly. */
        GRADIENT,
        /** A studio backdrop lit in the middle. */
        RADIAL,
        /** A room: wall, floor, a window or door, pictures and shelves. */
        ROOM,
        /** Out-of-focus lights. */
        BOKEH,
        /** Sky, horizon, trees and buildings. */
        OUTDOOR,
        /** Striped or checked wallpaper. */
        PATTERN
    }

    /** A random scene. */
    public static Background random(RandomGenerator r) {
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        Color first = Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(0.05, 0.6),
                (float) r.nextDouble(0.25, 0.95));
        Color second = Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(0.05, 0.5),
                (float) r.nextDouble(0.1, 0.9));
        return new Background(kind, first, second, r.nextDouble() < 0.6, r.nextLong());
    }

    /** Paints the scene over a {@code size} square image. */
    public void paint(Graphics2D g, int size) {
        if (!soft) {
            paintScene(g, size);
            return;
        }
        int small = Math.max(16, size / 4);
        BufferedImage low = new BufferedImage(small, small, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D lg = low.createGraphics();
        lg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        lg.scale((double) small / size, (double) small / size);
        paintScene(lg, size);
        lg.dispose();
        Object hint = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(low, 0, 0, size, size, null);
        if (hint != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, hint);
        }
    }

    private void paintScene(Graphics2D g, int size) {
        SplittableRandom r = new SplittableRandom(detail);
        switch (kind) {
            case GRADIENT -> {
                double a = r.nextDouble(2 * Math.PI);
                g.setPaint(new GradientPaint((float) (size / 2.0 - Math.cos(a) * size * 0.7),
                        (float) (size / 2.0 - Math.sin(a) * size * 0.7), first,
                        (float) (size / 2.0 + Math.cos(a) * size * 0.7),
                        (float) (size / 2.0 + Math.sin(a) * size * 0.7), second));
                g.fillRect(0, 0, size, size);
                clutter(g, size, r, 1 + r.nextInt(4));
            }
            case RADIAL -> {
                g.setPaint(new RadialGradientPaint((float) (size * r.nextDouble(0.3, 0.7)),
                        (float) (size * r.nextDouble(0.2, 0.6)), (float) (size * r.nextDouble(0.5, 0.9)),
                        new float[] {0, 1}, new Color[] {brighter(first), second.darker()}));
                g.fillRect(0, 0, size, size);
            }
            case ROOM -> room(g, size, r);
            case BOKEH -> {
                g.setPaint(new GradientPaint(0, 0, first.darker().darker(), 0, size, second.darker()));
                g.fillRect(0, 0, size, size);
                int n = 10 + r.nextInt(22);
                for (int i = 0; i < n; i++) {
                    double d = size * r.nextDouble(0.04, 0.16);
                    Color c = Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(0.1, 0.8), 1f);
                    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 40 + r.nextInt(90)));
                    g.fill(new Ellipse2D.Double(r.nextDouble(-0.1, 1) * size, r.nextDouble(-0.1, 1) * size, d, d));
                }
            }
            case OUTDOOR -> outdoor(g, size, r);
            default -> pattern(g, size, r);
        }
    }

    private void room(Graphics2D g, int size, SplittableRandom r) {
        g.setPaint(new GradientPaint(0, 0, brighter(first), size, size * 0.6f, first.darker()));
        g.fillRect(0, 0, size, size);
        double floor = size * r.nextDouble(0.65, 0.95);
        g.setColor(second.darker());
        g.fill(new Rectangle2D.Double(0, floor, size, size - floor));
        if (r.nextBoolean()) {
            double x = size * r.nextDouble(-0.1, 0.7);
            double y = size * r.nextDouble(0.05, 0.3);
            double w = size * r.nextDouble(0.25, 0.45);
            double h = size * r.nextDouble(0.3, 0.5);
            g.setColor(new Color(236, 242, 250));
            g.fill(new Rectangle2D.Double(x, y, w, h));
            g.setColor(new Color(190, 200, 210));
            g.fill(new Rectangle2D.Double(x, y, w, h * 0.45));
            g.setColor(second);
            g.setStroke(new BasicStroke((float) (size * 0.015)));
            g.draw(new Rectangle2D.Double(x, y, w, h));
            g.draw(new Line2D.Double(x + w / 2, y, x + w / 2, y + h));
        } else {
            double x = size * r.nextDouble(0, 0.8);
            g.setColor(second);
            g.fill(new Rectangle2D.Double(x, size * 0.1, size * 0.28, floor - size * 0.1));
            g.setColor(second.darker());
            g.setStroke(new BasicStroke((float) (size * 0.012)));
            g.draw(new Rectangle2D.Double(x, size * 0.1, size * 0.28, floor - size * 0.1));
        }
        clutter(g, size, r, 2 + r.nextInt(5));
    }

    private void outdoor(Graphics2D g, int size, SplittableRandom r) {
        double horizon = size * r.nextDouble(0.35, 0.8);
        g.setPaint(new GradientPaint(0, 0, new Color(96 + r.nextInt(60), 150 + r.nextInt(50), 220 + r.nextInt(35)),
                0, (float) horizon, new Color(220, 230, 240)));
        g.fillRect(0, 0, size, (int) Math.ceil(horizon));
        Color ground = r.nextBoolean() ? new Color(80 + r.nextInt(40), 120 + r.nextInt(50), 60 + r.nextInt(30))
                : new Color(120 + r.nextInt(50), 118 + r.nextInt(40), 110 + r.nextInt(30));
        g.setColor(ground);
        g.fill(new Rectangle2D.Double(0, horizon, size, size - horizon));
        int n = 2 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            double w = size * r.nextDouble(0.1, 0.35);
            double h = size * r.nextDouble(0.15, 0.6);
            double x = size * r.nextDouble(-0.1, 1);
            if (r.nextBoolean()) {
                g.setColor(new Color(30 + r.nextInt(40), 70 + r.nextInt(50), 30 + r.nextInt(30)));
                g.fill(new Ellipse2D.Double(x, horizon - h, w, h * 1.1));
            } else {
                g.setColor(Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(0, 0.3),
                        (float) r.nextDouble(0.4, 0.9)));
                g.fill(new Rectangle2D.Double(x, horizon - h, w, h));
            }
        }
    }

    private void pattern(Graphics2D g, int size, SplittableRandom r) {
        g.setColor(first);
        g.fillRect(0, 0, size, size);
        Color line = new Color(second.getRed(), second.getGreen(), second.getBlue(), 50 + r.nextInt(90));
        g.setColor(line);
        double step = size * r.nextDouble(0.04, 0.14);
        AffineTransform saved = g.getTransform();
        g.rotate(r.nextDouble(-0.6, 0.6), size / 2.0, size / 2.0);
        boolean checks = r.nextBoolean();
        for (double x = -size * 0.5; x < size * 1.5; x += step * 2) {
            g.fill(new Rectangle2D.Double(x, -size * 0.5, step, size * 2));
        }
        if (checks) {
            for (double y = -size * 0.5; y < size * 1.5; y += step * 2) {
                g.fill(new Rectangle2D.Double(-size * 0.5, y, size * 2, step));
            }
        }
        g.setTransform(saved);
    }

    private static void clutter(Graphics2D g, int size, SplittableRandom r, int n) {
        for (int i = 0; i < n; i++) {
            Color c = Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(0, 0.6),
                    (float) r.nextDouble(0.1, 0.95));
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 120 + r.nextInt(136)));
            double w = size * r.nextDouble(0.08, 0.45);
            double h = size * r.nextDouble(0.08, 0.5);
            double x = size * r.nextDouble(-0.2, 1);
            double y = size * r.nextDouble(-0.2, 1);
            switch (r.nextInt(3)) {
                case 0 -> g.fill(new Rectangle2D.Double(x, y, w, h));
                case 1 -> g.fill(new Ellipse2D.Double(x, y, w, h));
                default -> g.fill(new RoundRectangle2D.Double(x, y, w, h, w * 0.3, h * 0.3));
            }
        }
    }

    private static Color brighter(Color c) {
        return new Color(Math.min(255, c.getRed() + 40), Math.min(255, c.getGreen() + 40),
                Math.min(255, c.getBlue() + 40));
    }
}
