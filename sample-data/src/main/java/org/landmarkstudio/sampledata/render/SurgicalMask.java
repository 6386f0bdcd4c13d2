package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.random.RandomGenerator;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * A face mask over the nose, mouth and chin, from cheek to cheek along the jaw contour, with
 * pleats and ear loops.
 *
 * @param colour the fabric's colour
 * @param pleats how many pleats cross it (0 for a moulded mask)
 */
public record SurgicalMask(Color colour, int pleats) implements Occluder {

    private static final int[][] COLOURS = {{170, 206, 226}, {236, 238, 240}, {40, 42, 48}, {120, 150, 190},
        {224, 196, 206}, {90, 110, 90}};
    private static final int[] BOTTOM = {27, 24, 20, 16, 12, 8, 5};

    /** A random mask. */
    public static SurgicalMask random(RandomGenerator r) {
        int[] c = COLOURS[r.nextInt(COLOURS.length)];
        return new SurgicalMask(new Rgb(c[0], c[1], c[2]).times(r.nextDouble(0.9, 1.05)).color(), r.nextInt(4));
    }

    @Override
    public void paint(Graphics2D g, FaceView view) {
        double px = view.pixelsPerMm();
        double cx = 0;
        double cy = 0;
        for (int i = 0; i <= 32; i++) {
            cx += view.x(i) / 33;
            cy += view.y(i) / 33;
        }
        Point2D.Double[] top = new Point2D.Double[5];
        top[0] = out(view, 3, cx, cy, 2 * px);
        top[4] = out(view, 29, cx, cy, 2 * px);
        Point2D.Double bridge = lerp(view.point(52), view.point(53), 0.4);
        top[2] = bridge;
        top[1] = lerp(lerp(top[0], bridge, 0.5), lerp(view.point(40), view.point(57), 0.55), 0.55);
        top[3] = lerp(lerp(top[4], bridge, 0.5), lerp(view.point(49), view.point(63), 0.55), 0.55);
        Point2D.Double[] bottom = new Point2D.Double[BOTTOM.length];
        for (int k = 0; k < BOTTOM.length; k++) {
            Point2D.Double p = out(view, BOTTOM[k], cx, cy, 3 * px);
            double drop = BOTTOM[k] == 16 ? 3 * px : BOTTOM[k] == 12 || BOTTOM[k] == 20 ? 2 * px : 0;
            bottom[k] = new Point2D.Double(p.x + view.downX() * drop, p.y + view.downY() * drop);
        }
        double[] xy = new double[2 * (top.length + bottom.length)];
        int n = 0;
        for (Point2D.Double p : top) {
            xy[n++] = p.x;
            xy[n++] = p.y;
        }
        for (Point2D.Double p : bottom) {
            xy[n++] = p.x;
            xy[n++] = p.y;
        }
        paintLoops(g, view, top[0], top[4], bottom[0], bottom[bottom.length - 1]);
        Path2D.Double mask = new Curve(xy, true).path();
        Rgb base = Rgb.of(colour);
        double light = 0.55 + 0.5 * view.lighting().shade(view.cameraNormal(new Point3(0, 0, 1)));
        g.setPaint(new GradientPaint((float) bridge.x, (float) bridge.y, base.times(light * 1.05).color(),
                (float) view.x(16), (float) view.y(16), base.times(light * 0.78).color()));
        g.fill(mask);
        g.setStroke(new BasicStroke((float) Math.max(0.5, 0.6 * px)));
        g.setColor(base.times(0.55 * light).color(0.45));
        for (int k = 1; k <= pleats; k++) {
            double f = 0.2 + 0.6 * k / (pleats + 1.0);
            double[] line = new double[10];
            int[] pair = {6, 5, 3, 1, 0};
            for (int j = 0; j < 5; j++) {
                Point2D.Double a = top[j];
                Point2D.Double b = bottom[pair[j]];
                line[2 * j] = a.x + (b.x - a.x) * f;
                line[2 * j + 1] = a.y + (b.y - a.y) * f;
            }
            g.draw(new Curve(line, false).path());
        }
        g.draw(mask);
    }

    private void paintLoops(Graphics2D g, FaceView view, Point2D.Double topLeft, Point2D.Double topRight,
                            Point2D.Double bottomRight, Point2D.Double bottomLeft) {
        g.setStroke(new BasicStroke((float) Math.max(0.5, 0.9 * view.pixelsPerMm())));
        g.setColor(Rgb.of(colour).times(0.95).color());
        for (int s = -1; s <= 1; s += 2) {
            if (view.sideFacing(s) < -0.2) {
                continue;
            }
            var ear = view.shape().ear(s);
            Point2D.Double earTop = view.project(ear.get(0));
            Point2D.Double earBottom = view.project(ear.get(ear.size() / 2));
            Point2D.Double a = s < 0 ? topLeft : topRight;
            Point2D.Double b = s < 0 ? bottomLeft : bottomRight;
            g.draw(new Line2D.Double(a.x, a.y, earTop.x, earTop.y));
            g.draw(new Line2D.Double(b.x, b.y, earBottom.x, earBottom.y));
        }
    }

    @Override
    public boolean hidesMouth() {
        return true;
    }

    @Override
    public boolean hidesEyes() {
        return false;
    }

    private static Point2D.Double out(FaceView view, int i, double cx, double cy, double by) {
        double dx = view.x(i) - cx;
        double dy = view.y(i) - cy;
        double n = Math.max(1e-6, Math.hypot(dx, dy));
        return new Point2D.Double(view.x(i) + dx / n * by, view.y(i) + dy / n * by);
    }

    private static Point2D.Double lerp(Point2D.Double a, Point2D.Double b, double t) {
        return new Point2D.Double(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }
}
