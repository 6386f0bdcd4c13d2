package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.random.RandomGenerator;
import org.landmarkstudio.sampledata.face.EyeGeometry;
import org.landmarkstudio.sampledata.face.HeadModel;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * Dark glasses: two lenses in front of the eyes, a bridge over the nose and arms to the ears,
 * built in 3-D so they turn with the head.
 *
 * @param frame frame colour
 * @param lens  lens tint
 * @param round whether the lenses are round rather than rectangular
 * @param size  lens size factor
 */
public record Sunglasses(Color frame, Color lens, boolean round, double size) implements Occluder {

    /** Random sunglasses. */
    public static Sunglasses random(RandomGenerator r) {
        Color frame = r.nextBoolean() ? new Color(20, 20, 22)
                : Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(0, 0.6),
                        (float) r.nextDouble(0.2, 0.8));
        Color lens = r.nextInt(3) == 0 ? Color.getHSBColor((float) r.nextDouble(), 0.6f, 0.3f) : new Color(18, 20, 24);
        return new Sunglasses(frame, lens, r.nextBoolean(), r.nextDouble(0.9, 1.15));
    }

    @Override
    public void paint(Graphics2D g, FaceView view) {
        HeadModel head = view.shape().head();
        double px = view.pixelsPerMm();
        double y = 1.5;
        double z = 0;
        double[] innerX = new double[2];
        double[] outerX = new double[2];
        Shape[] lenses = new Shape[2];
        for (int s = -1; s <= 1; s += 2) {
            EyeGeometry eye = view.shape().eye(s);
            Point3 c = eye.leftCorner().lerp(eye.rightCorner(), 0.5);
            z = Math.max(z, c.z() + 12);
            double hw = (eye.width() / 2 + 7) * size;
            double hh = hw * (round ? 0.9 : 0.72);
            double[] xy = new double[48];
            for (int k = 0; k < 24; k++) {
                double a = 2 * Math.PI * k / 24;
                double e = round ? 1 : 0.5;
                double cs = Math.cos(a);
                double sn = Math.sin(a);
                double lx = Math.signum(cs) * Math.pow(Math.abs(cs), e) * hw;
                double ly = Math.signum(sn) * Math.pow(Math.abs(sn), e) * hh - (sn < 0 ? 0.15 * hh * Math.abs(cs) : 0);
                view.projection().project(new Point3(c.x() + lx, y + ly, c.z() + 12 - 4 * Math.abs(lx) / hw), xy, k);
            }
            lenses[(s + 1) / 2] = new Curve(xy, true).path();
            innerX[(s + 1) / 2] = c.x() - s * hw;
            outerX[(s + 1) / 2] = c.x() + s * hw;
        }
        float stroke = (float) Math.max(0.8, 1.5 * px);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int s = -1; s <= 1; s += 2) {
            if (view.sideFacing(s) < -0.2) {
                continue;
            }
            Point2D.Double a = view.project(new Point3(outerX[(s + 1) / 2], y + 3, z - 6));
            Point2D.Double b = view.project(new Point3(s * (head.halfWidth(6) + 2), 6, -22));
            g.setColor(frame);
            g.draw(new Line2D.Double(a.x, a.y, b.x, b.y));
        }
        Rgb tint = Rgb.of(lens);
        for (Shape l : lenses) {
            Rectangle box = l.getBounds();
            g.setPaint(new GradientPaint(box.x, box.y, tint.plus(40).color(0.9f), box.x, box.y + box.height,
                    tint.color(0.96f)));
            g.fill(l);
            Shape clip = g.getClip();
            g.clip(l);
            g.setColor(new Color(255, 255, 255, 60));
            g.setStroke(new BasicStroke((float) (box.width * 0.18)));
            g.draw(new Line2D.Double(box.x, box.y + box.height * 0.8, box.x + box.width * 0.8, box.y));
            g.setClip(clip);
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(frame);
            g.draw(l);
        }
        double noseZ = view.shape().point(52).z() + 3;
        double[] bridge = new double[6];
        view.projection().project(new Point3(innerX[0], y + 4, z - 2), bridge, 0);
        view.projection().project(new Point3(0, y + 6, Math.max(z, noseZ)), bridge, 1);
        view.projection().project(new Point3(innerX[1], y + 4, z - 2), bridge, 2);
        g.setColor(frame);
        Path2D.Double b = new Curve(bridge, false).path();
        g.draw(b);
    }

    @Override
    public boolean hidesMouth() {
        return false;
    }

    @Override
    public boolean hidesEyes() {
        return true;
    }
}
