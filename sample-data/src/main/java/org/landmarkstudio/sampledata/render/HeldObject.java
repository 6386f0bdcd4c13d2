package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.landmarkstudio.sampledata.face.Point3;
import java.util.random.RandomGenerator;

/**
 * An object held in front of the face: a phone, a cup, a microphone or a card, over the mouth
 * and chin or against a cheek.
 *
 * @param kind   what it is
 * @param colour its main colour
 * @param atMouth whether it is in front of the mouth (else against the cheek)
 * @param side   the cheek's side when not at the mouth, -1 image left or +1 image right
 * @param tilt   rotation in radians
 * @param size   size factor
 */
public record HeldObject(Kind kind, Color colour, boolean atMouth, int side, double tilt, double size)
        implements Occluder {

    /** The kinds of object. */
    public enum Kind {
        /** A smartphone. */
        PHONE,
        /** A mug. */
        CUP,
        /** A handheld microphone. */
        MICROPHONE,
        /** A sheet of card or paper. */
        CARD
    }

    /** A random object. */
    public static HeldObject random(RandomGenerator r) {
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        Color colour = Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(0, 0.8),
                (float) r.nextDouble(0.15, 0.95));
        boolean atMouth = kind == Kind.CUP || kind == Kind.MICROPHONE || r.nextBoolean();
        return new HeldObject(kind, colour, atMouth, r.nextBoolean() ? 1 : -1, r.nextDouble(-0.35, 0.35),
                r.nextDouble(0.85, 1.15));
    }

    @Override
    public void paint(Graphics2D g, FaceView view) {
        double px = view.pixelsPerMm() * size;
        Point2D.Double at;
        if (atMouth) {
            at = new Point2D.Double((view.x(87) + view.x(93)) / 2 + view.downX() * 12 * px,
                    (view.y(87) + view.y(93)) / 2 + view.downY() * 12 * px);
        } else {
            int i = side < 0 ? 4 : 28;
            at = new Point2D.Double(view.x(i) * 0.75 + view.x(side < 0 ? 57 : 63) * 0.25,
                    view.y(i) * 0.75 + view.y(side < 0 ? 57 : 63) * 0.25);
        }
        double up = Math.atan2(-view.downY(), -view.downX()) + Math.PI / 2 + tilt;
        AffineTransform saved = g.getTransform();
        g.translate(at.x, at.y);
        g.rotate(up);
        g.scale(px, px);
        double light = 0.6 + 0.45 * view.lighting().shade(view.cameraNormal(new Point3(0, 0, 1)));
        Rgb base = Rgb.of(colour).times(light);
        switch (kind) {
            case PHONE -> phone(g, base);
            case CUP -> cup(g, base);
            case MICROPHONE -> microphone(g, light);
            default -> card(g, base);
        }
        g.setTransform(saved);
    }

    private static void phone(Graphics2D g, Rgb base) {
        RoundRectangle2D.Double body = new RoundRectangle2D.Double(-36, -75, 72, 150, 16, 16);
        g.setColor(base.times(0.35).color());
        g.fill(body);
        g.setPaint(new GradientPaint(-30, -68, new Color(70, 90, 120), 30, 68, new Color(20, 24, 36)));
        g.fill(new RoundRectangle2D.Double(-31, -68, 62, 136, 8, 8));
        g.setColor(base.color());
        g.setStroke(new BasicStroke(2.5f));
        g.draw(body);
    }

    private static void cup(Graphics2D g, Rgb base) {
        Path2D.Double body = new Path2D.Double();
        body.moveTo(-44, -40);
        body.lineTo(44, -40);
        body.lineTo(38, 62);
        body.quadTo(0, 72, -38, 62);
        body.closePath();
        g.setPaint(new GradientPaint(-44, 0, base.times(1.1).color(), 44, 0, base.times(0.7).color()));
        g.fill(body);
        g.setColor(base.times(0.8).color());
        g.setStroke(new BasicStroke(9f));
        g.draw(new Arc2D.Double(30, -22, 40, 52, -90, 180, Arc2D.OPEN));
        g.setColor(base.times(1.2).plus(20).color());
        g.fill(new Ellipse2D.Double(-44, -50, 88, 20));
        g.setColor(new Color(60, 36, 24));
        g.fill(new Ellipse2D.Double(-38, -47, 76, 14));
    }

    private static void microphone(Graphics2D g, double light) {
        g.setColor(new Rgb(30, 30, 34).times(light).color());
        g.setStroke(new BasicStroke(22f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(0, 10, 0, 150));
        g.setPaint(new GradientPaint(-24, -24, new Rgb(200, 200, 205).times(light).color(), 24, 24,
                new Rgb(90, 90, 96).times(light).color()));
        Ellipse2D.Double ball = new Ellipse2D.Double(-26, -30, 52, 52);
        g.fill(ball);
        g.setColor(new Color(50, 50, 55, 110));
        g.setStroke(new BasicStroke(1.4f));
        for (int k = -20; k <= 20; k += 6) {
            g.draw(new Line2D.Double(-26, -4 + k, 26, -4 + k));
            g.draw(new Line2D.Double(k, -30, k, 22));
        }
    }

    private static void card(Graphics2D g, Rgb base) {
        Rgb paper = base.mix(new Rgb(245, 245, 240), 0.6);
        g.setColor(paper.color());
        g.fill(new Rectangle2D.Double(-50, -40, 100, 130));
        g.setColor(paper.times(0.5).color(0.6));
        g.setStroke(new BasicStroke(3f));
        for (int k = 0; k < 6; k++) {
            g.draw(new Line2D.Double(-38, -24 + 16 * k, 30 - 10 * (k % 3), -24 + 16 * k));
        }
    }

    @Override
    public boolean hidesMouth() {
        return atMouth;
    }

    @Override
    public boolean hidesEyes() {
        return false;
    }
}
