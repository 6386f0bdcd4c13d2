package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.landmarkstudio.sampledata.face.HeadModel;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * Draws hair as surfaces over the head. The hairline is a closed ring round the skull (the
 * forehead, in front of and over the ears, the nape); the scalp above it, lifted by the hair's
 * thickness, is a mesh whose quads facing the camera make up the hair cap, so the hairline and
 * the hair's outline follow the head in any pose. Hair that hangs (long hair, a bob, curls), a
 * bun and the lock on the far side are drawn behind the head; a fringe and the lock on the near
 * side in front of the face.
 */
final class HairPainter {

    /**
     * Azimuths (degrees from the face's midline) where the hairline's height is set: the
     * forehead, the temples, in front of the ear, over (or, for hair that hangs, below) the ear,
     * behind it and the nape.
     */
    private static final double[] RING_PHI = {0, 25, 55, 72, 88, 96, 104, 114, 125, 150, 180};
    private static final int AROUND = 40;
    private static final int UP = 8;

    private final FaceView view;
    private final Hair hair;
    private final HeadModel head;
    private final Rgb colour;
    private final double thickness;
    private final double[] ringY;
    private final Paint paint;
    private final List<double[]> strands;

    HairPainter(FaceView view, Hair hair, RandomGenerator random) {
        this.view = view;
        this.hair = hair;
        this.head = view.shape().head();
        this.colour = Rgb.of(hair.colour());
        this.thickness = hair.style().thickness();
        double front = view.shape().identity().hairline() + (hair.style() == HairStyle.BUZZ ? 3 : 0);
        boolean covers = hair.style().hangsTo() != 0;
        double nape = Math.max(-40, -44 * view.shape().identity().faceLength());
        this.ringY = new double[] {front, front + hair.recession(), front - 12 + hair.recession() / 2, 24,
            12, covers ? -30 : 2, covers ? -33 : 22, covers ? -34 : 22, covers ? -36 : -4, nape, nape};
        this.paint = shading();
        this.strands = new ArrayList<>();
        int count = hair.style().hasHair() ? 12 + random.nextInt(10) : 0;
        for (int k = 0; k < count; k++) {
            strands.add(new double[] {random.nextDouble(-Math.PI * 0.8, Math.PI * 0.8), random.nextDouble(-0.3, 0.3)});
        }
    }

    /** Whether the ears show (hanging hair covers them). */
    boolean earsShow() {
        return hair.style().hangsTo() == 0;
    }

    /** Hair behind the head and neck: hanging hair, a bun, the lock on the far side. */
    void paintBack(Graphics2D g) {
        if (!hair.style().hasHair() || hair.style() == HairStyle.BUZZ) {
            return;
        }
        if (hair.style().hangsTo() != 0) {
            paintHanging(g);
        }
        if (hair.style().hasBun()) {
            Point2D.Double c = view.project(new Point3(hair.parting() * 8, 92, -78));
            double r = 25 * view.pixelsPerMm();
            g.setPaint(paint);
            g.fill(new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r));
            g.setColor(colour.times(0.55).color(0.6));
            g.setStroke(new BasicStroke((float) (0.9 * view.pixelsPerMm())));
            g.draw(new Ellipse2D.Double(c.x - 0.6 * r, c.y - 0.55 * r, 1.2 * r, 1.1 * r));
        }
        for (int s = -1; s <= 1; s += 2) {
            if (hair.style().hangsTo() != 0 && view.sideFacing(s) < -0.15) {
                paintLock(g, s);
            }
        }
    }

    /** The hair on the scalp (or a buzz cut's stubble), over the head's skin. */
    void paintCap(Graphics2D g) {
        if (!hair.style().hasHair()) {
            return;
        }
        Path2D.Double cap = cap();
        if (hair.style() == HairStyle.BUZZ) {
            g.setColor(colour.color(0.72));
            g.fill(cap);
            return;
        }
        g.setPaint(paint);
        g.fill(cap);
        paintStrands(g);
    }

    /** Hair in front of the face: the fringe and the lock on the near side. */
    void paintFront(Graphics2D g) {
        if (hair.style().hasFringe()) {
            paintFringe(g);
        }
        if (hair.style().hangsTo() != 0) {
            for (int s = -1; s <= 1; s += 2) {
                if (view.sideFacing(s) >= -0.15) {
                    paintLock(g, s);
                }
            }
        }
    }

    /** The lifted scalp above the hairline: the union of its quads that face the camera. */
    private Path2D.Double cap() {
        double[] xy = new double[2 * (AROUND + 1) * (UP + 1)];
        for (int i = 0; i <= AROUND; i++) {
            double phi = -Math.PI + 2 * Math.PI * i / AROUND;
            double y0 = ringHeight(phi);
            for (int j = 0; j <= UP; j++) {
                double s = (double) j / UP;
                double y = y0 + (head.top() - y0) * s;
                double u = Math.min(1, s / 0.2);
                double taper = 0.35 + 0.65 * u * u * (3 - 2 * u);
                double lift = 0.3 + (hair.style() == HairStyle.BUZZ ? 0.5 : thickness * taper);
                Point3 p = head.lifted(y, phi, lift);
                view.projection().project(p, xy, i * (UP + 1) + j);
            }
        }
        return new SurfaceMesh(xy, AROUND + 1, UP + 1).seen(null);
    }

    private void paintHanging(Graphics2D g) {
        List<Point3> pts = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            double phi = -Math.PI + 2 * Math.PI * k / 24;
            double y0 = ringHeight(phi);
            for (int j = 0; j <= 4; j++) {
                double y = y0 + (head.top() - y0) * j / 4;
                pts.add(head.lifted(y, phi, thickness + 0.6));
            }
        }
        double bottom = hair.style().hangsTo();
        double fw = view.shape().identity().faceWidth();
        for (int s = -1; s <= 1; s += 2) {
            for (double y : new double[] {20, -20, (bottom - 20) / 2, bottom}) {
                double spread = Math.max(0, -y) * (hair.style() == HairStyle.CURLY ? 0.22 : 0.1);
                double w = 74 * fw + thickness + spread;
                pts.add(new Point3(s * w, y, -20));
                pts.add(new Point3(s * w * 0.9, y, -95));
            }
        }
        double[] xy = new double[2 * pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            view.projection().project(pts.get(i), xy, i);
        }
        Outline outline = Outline.hullOf(xy, pts.size());
        Path2D.Double shape = outline.path();
        g.setPaint(paint);
        g.fill(shape);
        if (hair.style() == HairStyle.CURLY) {
            double r = 7.5 * view.pixelsPerMm();
            double[] o = outline.xy();
            int n = outline.size();
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                g.fill(new Ellipse2D.Double(o[2 * i] - r, o[2 * i + 1] - r, 2 * r, 2 * r));
                double mx = (o[2 * i] + o[2 * j]) / 2;
                double my = (o[2 * i + 1] + o[2 * j + 1]) / 2;
                g.fill(new Ellipse2D.Double(mx - r * 0.8, my - r * 0.8, 1.6 * r, 1.6 * r));
            }
        }
        Shape clip = g.getClip();
        g.clip(shape);
        g.setStroke(new BasicStroke((float) Math.max(0.45, 0.55 * view.pixelsPerMm())));
        g.setColor(colour.times(0.55).color(0.4));
        double[] o = outline.xy();
        for (int i = 0; i < outline.size(); i += 2) {
            double x = o[2 * i];
            double y = o[2 * i + 1];
            double len = 60 * view.pixelsPerMm();
            g.draw(new Line2D.Double(x, y, x + view.downX() * len, y + view.downY() * len));
        }
        g.setClip(clip);
    }

    private void paintFringe(Graphics2D g) {
        double browTop = Math.max(view.shape().point(35).y(), view.shape().point(44).y());
        int columns = 16;
        int rows = 4;
        double[] xy = new double[2 * (columns + 1) * rows];
        double[] bottom = new double[2 * (columns + 1)];
        for (int i = 0; i <= columns; i++) {
            double phi = Math.toRadians(-58 + 116.0 * i / columns);
            double wave = 2.5 * Math.sin(i * 1.7 + hair.parting() * 5);
            double yb = browTop + 7 + wave + 10 * Math.pow(Math.abs(phi) / 1.0, 2);
            double yt = Math.max(ringHeight(phi), yb + 6);
            for (int j = 0; j < rows; j++) {
                double y = yb + (yt - yb) * j / (rows - 1.0);
                Point3 p = head.lifted(y, phi, thickness * 0.9 + 1);
                view.projection().project(p, xy, i * rows + j);
            }
            bottom[2 * i] = xy[2 * i * rows];
            bottom[2 * i + 1] = xy[2 * i * rows + 1];
        }
        Path2D.Double fringe = new SurfaceMesh(xy, columns + 1, rows).seen(null);
        g.setPaint(paint);
        g.fill(fringe);
        Shape clip = g.getClip();
        g.clip(fringe);
        g.setStroke(new BasicStroke((float) Math.max(0.45, 0.6 * view.pixelsPerMm())));
        g.setColor(colour.times(0.6).color(0.45));
        double len = 16 * view.pixelsPerMm();
        for (int i = 0; i <= columns; i++) {
            double x = bottom[2 * i];
            double y = bottom[2 * i + 1];
            g.draw(new Line2D.Double(x, y, x - view.downX() * len + view.axisX() * len * 0.2,
                    y - view.downY() * len + view.axisY() * len * 0.2));
        }
        g.setClip(clip);
    }

    private void paintLock(Graphics2D g, int side) {
        double bottom = Math.max(hair.style().hangsTo(), -230);
        double[] ys = {ringHeight(side * Math.toRadians(58)), 5, -30, -65, (bottom - 65) / 2, bottom};
        int n = ys.length;
        double[] xy = new double[4 * n];
        double fw = view.shape().identity().faceWidth();
        for (int k = 0; k < n; k++) {
            double y = ys[k];
            double t = (double) k / (n - 1);
            double spread = (hair.style() == HairStyle.CURLY ? 16 : 6) * t;
            Point3 inner;
            if (k == 0) {
                double phi = side * Math.toRadians(58);
                inner = head.lifted(y, phi, thickness + 1);
            } else if (y > head.chin() + 25) {
                inner = head.rest(y, side * Math.PI / 2).plus(new Point3(side * (2 + spread), 0, -6));
            } else {
                inner = new Point3(side * (56 * fw + spread), y, -4);
            }
            Point3 outer = inner.plus(new Point3(side * (12 + 8 * t), 0, -12));
            Point2D.Double a = view.project(inner);
            Point2D.Double b = view.project(outer);
            xy[2 * k] = a.x;
            xy[2 * k + 1] = a.y;
            xy[4 * n - 2 - 2 * k] = b.x;
            xy[4 * n - 1 - 2 * k] = b.y;
        }
        Path2D.Double lock = new Curve(xy, true).path();
        g.setPaint(paint);
        g.fill(lock);
        g.setStroke(new BasicStroke((float) Math.max(0.45, 0.5 * view.pixelsPerMm())));
        g.setColor(colour.times(0.55).color(0.5));
        for (int k = 0; k < n - 1; k++) {
            double f = (k + 0.5) / (n - 1);
            double x0 = xy[2 * k] + (xy[4 * n - 2 - 2 * k] - xy[2 * k]) * f;
            double y0 = xy[2 * k + 1] + (xy[4 * n - 1 - 2 * k] - xy[2 * k + 1]) * f;
            double x1 = xy[2 * k + 2] + (xy[4 * n - 4 - 2 * k] - xy[2 * k + 2]) * f;
            double y1 = xy[2 * k + 3] + (xy[4 * n - 3 - 2 * k] - xy[2 * k + 3]) * f;
            g.draw(new Line2D.Double(x0, y0, x1, y1));
        }
    }

    /** Strands from the crown to the hairline, drawn where they face the camera. */
    private void paintStrands(Graphics2D g) {
        g.setStroke(new BasicStroke((float) Math.max(0.45, 0.55 * view.pixelsPerMm()), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        Color light = colour.times(1.45).plus(18).color(0.32);
        Color dark = colour.times(0.5).color(0.4);
        double lift = thickness * 0.8 + 0.4;
        double[] xy = new double[12];
        for (int k = 0; k < strands.size(); k++) {
            double phi = strands.get(k)[0];
            double swirl = strands.get(k)[1];
            double endY = ringHeight(phi) + 3;
            int first = -1;
            int last = -1;
            for (int j = 0; j < 6; j++) {
                double t = 0.1 + 0.9 * j / 5.0;
                double y = head.top() - 4 + (endY - head.top() + 4) * t;
                double theta = phi * Math.min(1, 0.25 + t) + swirl * (1 - t) + hair.parting() * 0.3 * (1 - t);
                HeadModel.Slice slice = head.slice(y);
                Point3 surface = slice.surface(theta);
                Point3 normal = slice.normal(theta);
                if (view.projection().facing(surface, normal) <= 0.05) {
                    if (first >= 0) {
                        break;
                    }
                    continue;
                }
                if (first < 0) {
                    first = j;
                }
                last = j;
                view.projection().project(surface.plus(normal.times(lift)), xy, j);
            }
            if (first < 0 || last - first < 2) {
                continue;
            }
            g.setColor(k % 3 == 0 ? dark : light);
            g.draw(new Curve(Arrays.copyOfRange(xy, 2 * first, 2 * last + 2), false).path());
        }
    }

    private double ringHeight(double phi) {
        double a = Math.toDegrees(Math.abs(phi));
        int i = 0;
        while (i < RING_PHI.length - 2 && a > RING_PHI[i + 1]) {
            i++;
        }
        double t = Math.max(0, Math.min(1, (a - RING_PHI[i]) / (RING_PHI[i + 1] - RING_PHI[i])));
        double s = t * t * (3 - 2 * t);
        double side = Math.signum(phi) * hair.parting() * 3 * Math.max(0, 1 - a / 60);
        return ringY[i] + (ringY[i + 1] - ringY[i]) * s + side;
    }

    private Paint shading() {
        Point3 l = view.lighting().direction();
        double len = Math.hypot(l.x(), l.y());
        double dx = len < 1e-6 ? 0 : l.x() / len;
        double dy = len < 1e-6 ? -1 : -l.y() / len;
        Point2D.Double c = view.project(new Point3(0, 50, -10));
        double r = 110 * view.pixelsPerMm();
        Lighting light = view.lighting();
        double bright = light.shade(l);
        double dim = light.shade(l.times(-1));
        Rgb lit = colour.times(0.3 + 0.8 * bright).plus(10 * bright);
        Rgb mid = colour.times(0.3 + 0.8 * (bright + dim) / 2);
        Rgb shadow = colour.times(0.3 + 0.8 * dim).times(0.8);
        return new LinearGradientPaint(new Point2D.Double(c.x - dx * r, c.y - dy * r),
                new Point2D.Double(c.x + dx * r, c.y + dy * r), new float[] {0, 0.55f, 1},
                new Color[] {shadow.color(), mid.color(), lit.color()});
    }
}
