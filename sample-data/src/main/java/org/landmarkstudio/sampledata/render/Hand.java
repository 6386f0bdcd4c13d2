package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.random.RandomGenerator;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * A hand raised to the face: over the mouth, under the chin, on a cheek or over one eye, drawn
 * as a palm, four fingers and a thumb with a darker outline.
 *
 * @param skin  the hand's skin colour
 * @param place where it rests
 * @param side  which side it comes from, -1 image left or +1 image right
 * @param tilt  extra rotation of the hand in radians
 * @param size  hand size factor
 */
public record Hand(Color skin, Place place, int side, double tilt, double size) implements Occluder {

    /** Where a hand rests on the face. */
    public enum Place {
        /** Fingers across the mouth. */
        MOUTH,
        /** The palm under the chin, fingers up the cheek. */
        CHIN,
        /** The palm on a cheek. */
        CHEEK,
        /** Fingers over one eye. */
        EYE
    }

    /** A random hand with a skin colour near {@code tone}. */
    public static Hand random(RandomGenerator r, SkinTone tone) {
        Color skin = Rgb.of(tone.base()).times(r.nextDouble(0.9, 1.04)).color();
        return new Hand(skin, Place.values()[r.nextInt(Place.values().length)], r.nextBoolean() ? 1 : -1,
                r.nextDouble(-0.25, 0.25), r.nextDouble(0.85, 1.05));
    }

    @Override
    public void paint(Graphics2D g, FaceView view) {
        double px = view.pixelsPerMm() * size;
        double upX = -view.downX();
        double upY = -view.downY();
        double acrossX = view.axisX() * side;
        double acrossY = view.axisY() * side;
        Point2D.Double palm;
        double angle;
        switch (place) {
            case MOUTH -> {
                Point2D.Double m = mid(view.point(87), view.point(93));
                palm = shift(m, upX, upY, -38 * px, acrossX, acrossY, 30 * px);
                angle = 0.95;
            }
            case CHIN -> {
                palm = shift(view.point(16), upX, upY, -40 * px, acrossX, acrossY, 12 * px);
                angle = 0.2;
            }
            case CHEEK -> {
                palm = shift(view.point(side < 0 ? 5 : 27), upX, upY, -28 * px, acrossX, acrossY, 16 * px);
                angle = -0.1;
            }
            default -> {
                palm = shift(view.point(side < 0 ? 74 : 83), upX, upY, -62 * px, acrossX, acrossY, 8 * px);
                angle = 0.05;
            }
        }
        double up = Math.atan2(upY, upX) - side * angle + tilt;
        double ux = Math.cos(up);
        double uy = Math.sin(up);
        double vx = -uy;
        double vy = ux;
        double light = 0.55 + 0.5 * view.lighting().shade(view.cameraNormal(new Point3(0, 0, 1)));
        Rgb colour = Rgb.of(skin).times(light);
        Color fill = colour.color();
        Color edge = colour.times(0.62).color();
        double palmLength = 95 * px;
        double palmWidth = 82 * px;
        AffineTransform t = new AffineTransform(ux, uy, vx, vy, palm.x, palm.y);
        Shape palmShape = t.createTransformedShape(
                new Ellipse2D.Double(-palmLength / 2, -palmWidth / 2, palmLength, palmWidth));
        g.setColor(edge);
        g.setStroke(new BasicStroke((float) (2 * px)));
        g.draw(palmShape);
        g.setColor(fill);
        g.fill(palmShape);
        double[] offsets = {-0.36, -0.12, 0.12, 0.36};
        double[] lengths = {0.78, 0.92, 0.88, 0.7};
        double fingerWidth = 17 * px;
        for (int k = 0; k < 4; k++) {
            double spread = offsets[k] * 0.25;
            double fx = Math.cos(up + spread);
            double fy = Math.sin(up + spread);
            double bx = palm.x + ux * palmLength * 0.3 + vx * offsets[k] * palmWidth;
            double by = palm.y + uy * palmLength * 0.3 + vy * offsets[k] * palmWidth;
            double len = 78 * px * lengths[k];
            finger(g, bx, by, bx + fx * len, by + fy * len, fingerWidth, fill, edge);
        }
        double thumbAngle = up + 1.0 * (side > 0 ? -1 : 1);
        double tx = palm.x - vx * palmWidth * 0.42 * side;
        double ty = palm.y - vy * palmWidth * 0.42 * side;
        double thumb = 55 * px;
        finger(g, tx, ty, tx + Math.cos(thumbAngle) * thumb, ty + Math.sin(thumbAngle) * thumb, 20 * px, fill, edge);
    }

    private static void finger(Graphics2D g, double x0, double y0, double x1, double y1, double width, Color fill,
                               Color edge) {
        Line2D.Double bone = new Line2D.Double(x0, y0, x1, y1);
        g.setColor(edge);
        g.setStroke(new BasicStroke((float) (width * 1.12), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bone);
        g.setColor(fill);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bone);
    }

    private static Point2D.Double mid(Point2D.Double a, Point2D.Double b) {
        return new Point2D.Double((a.x + b.x) / 2, (a.y + b.y) / 2);
    }

    private static Point2D.Double shift(Point2D.Double p, double ux, double uy, double along, double vx, double vy,
                                        double across) {
        return new Point2D.Double(p.x + ux * along + vx * across, p.y + uy * along + vy * across);
    }

    @Override
    public boolean hidesMouth() {
        return place == Place.MOUTH;
    }

    @Override
    public boolean hidesEyes() {
        return false;
    }
}
