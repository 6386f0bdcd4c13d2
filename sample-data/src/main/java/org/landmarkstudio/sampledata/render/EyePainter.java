package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.landmarkstudio.sampledata.face.EyeGeometry;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * Draws an eye from its eight contour landmarks and pupil: the white between the lids, the
 * iris and pupil (hidden under the lids as the eye closes), the lash line, the lid crease and
 * eye make-up. A closed eye is a lash line with lashes pointing down under a shaded lid.
 */
final class EyePainter {

    private static final Color LASHES = new Color(26, 20, 18);

    private final FaceView view;
    private final SkinShading shading;
    private final Appearance look;

    EyePainter(FaceView view, SkinShading shading, Appearance look) {
        this.view = view;
        this.shading = shading;
        this.look = look;
    }

    void paint(Graphics2D g, int side) {
        int first = side < 0 ? 66 : 75;
        int[] c = new int[8];
        for (int k = 0; k < 8; k++) {
            c[k] = first + k;
        }
        double[] xy = view.landmarks();
        Curve upper = Curve.through(xy, false, c[0], c[1], c[2], c[3], c[4]);
        Curve lower = Curve.through(xy, false, c[4], c[5], c[6], c[7], c[0]);
        EyeGeometry eye = view.shape().eye(side);
        double px = view.pixelsPerMm();
        double width = Math.hypot(view.x(c[4]) - view.x(c[0]), view.y(c[4]) - view.y(c[0]));
        double gap = Math.hypot(view.x(c[2]) - view.x(c[6]), view.y(c[2]) - view.y(c[6]));
        boolean open = gap > Math.max(0.6, 0.06 * width);
        Rgb skin = shading.litNormal(new Point3(side * 0.3, 0.2, 1));
        double[] crease = curvePoints(eye, true);
        if (look.makeUp().eyeShadow() != null) {
            Path2D.Double lid = upper.path();
            double[] raised = curvePoints(eye, false);
            lid.lineTo(raised[8], raised[9]);
            new Curve(reverse(raised), false).appendTo(lid);
            lid.closePath();
            g.setColor(Rgb.of(look.makeUp().eyeShadow()).color(0.55));
            g.fill(lid);
        }
        if (open) {
            Path2D.Double opening = upper.path();
            lower.appendTo(opening);
            opening.closePath();
            double light = view.lighting().shade(view.cameraNormal(new Point3(0, 0, 1)));
            Rgb white = new Rgb(238, 232, 226).times(0.5 + 0.45 * light);
            g.setColor(white.color());
            g.fill(opening);
            Shape clip = g.getClip();
            g.clip(opening);
            paintIris(g, eye, side);
            g.setColor(new Color(40, 20, 14, 70));
            g.setStroke(round(Math.max(0.8, 0.45 * gap)));
            g.draw(upper.path());
            g.setClip(clip);
            g.setStroke(round(Math.max(0.5, 0.35 * px)));
            g.setColor(skin.times(0.62).color(0.6));
            g.draw(lower.path());
            g.setColor(skin.times(0.7).color(0.45));
            g.draw(new Curve(crease, false).path());
        } else {
            g.setStroke(round(Math.max(0.6, 0.9 * px)));
            g.setColor(skin.times(0.72).color(0.55));
            g.draw(new Curve(crease, false).path());
        }
        boolean liner = look.makeUp().eyeliner();
        float lash = (float) Math.max(0.75, (liner ? 1.5 : 0.85) * px);
        g.setStroke(new BasicStroke(lash, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(LASHES);
        g.draw(upper.path());
        int outer = side < 0 ? c[0] : c[4];
        int before = side < 0 ? c[1] : c[3];
        double ox = view.x(outer) - view.x(before);
        double oy = view.y(outer) - view.y(before);
        double on = Math.max(1e-6, Math.hypot(ox, oy));
        if (liner) {
            double len = 4 * px;
            double wingX = view.x(outer) + ox / on * len - view.downX() * len * 0.5;
            double wingY = view.y(outer) + oy / on * len - view.downY() * len * 0.5;
            g.draw(new Line2D.Double(view.x(outer), view.y(outer), wingX, wingY));
        }
        paintLashes(g, upper, open, px);
    }

    private void paintLashes(Graphics2D g, Curve upper, boolean open, double px) {
        double[] xy = upper.xy();
        double len = (open ? 1.6 : 2.2) * px;
        double dir = open ? -1 : 1;
        g.setStroke(round(Math.max(0.45, 0.4 * px)));
        g.setColor(new Color(26, 20, 18, 190));
        for (int k = 1; k < 4; k++) {
            double x = xy[2 * k];
            double y = xy[2 * k + 1];
            double tx = xy[2 * k + 2] - xy[2 * k - 2];
            double ty = xy[2 * k + 3] - xy[2 * k - 1];
            double tn = Math.max(1e-6, Math.hypot(tx, ty));
            double nx = view.downX() * dir;
            double ny = view.downY() * dir;
            g.draw(new Line2D.Double(x, y, x + (nx + 0.3 * tx / tn) * len, y + (ny + 0.3 * ty / tn) * len));
        }
    }

    private void paintIris(Graphics2D g, EyeGeometry eye, int side) {
        Point3 centre = eye.irisCentre();
        Point3 n = eye.irisNormal();
        Point3 e1 = n.cross(new Point3(0, 1, 0)).normalized().times(-eye.irisRadius());
        Point3 e2 = e1.cross(n).normalized().times(eye.irisRadius());
        Point2D.Double pc = view.point(side < 0 ? 104 : 105);
        Point2D.Double p1 = view.project(centre.plus(e1));
        Point2D.Double p2 = view.project(centre.plus(e2));
        AffineTransform t = new AffineTransform(p1.x - pc.x, p1.y - pc.y, p2.x - pc.x, p2.y - pc.y, pc.x, pc.y);
        Ellipse2D.Double unit = new Ellipse2D.Double(-1, -1, 2, 2);
        Rgb iris = Rgb.of(look.iris());
        double light = 0.6 + 0.5 * view.lighting().shade(view.cameraNormal(n));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), 1, new Point2D.Double(0, 0),
                new float[] {0, 0.55f, 0.85f, 1}, new Color[] {
                    iris.times(light * 1.25).color(), iris.times(light).color(), iris.times(light * 0.8).color(),
                    iris.times(light * 0.35).color()},
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, t));
        g.fill(t.createTransformedShape(unit));
        AffineTransform pupil = new AffineTransform(t);
        pupil.scale(0.42, 0.42);
        g.setColor(new Color(8, 6, 6));
        g.fill(pupil.createTransformedShape(unit));
        Point3 l = view.lighting().direction();
        double r = Math.hypot(p1.x - pc.x, p1.y - pc.y);
        double hx = pc.x + 0.38 * r * l.x() - 0.2 * r;
        double hy = pc.y - 0.38 * r * l.y() - 0.25 * r;
        double hr = Math.max(0.5, 0.17 * r);
        g.setColor(new Color(255, 255, 255, 210));
        g.fill(new Ellipse2D.Double(hx - hr, hy - hr, 2 * hr, 2 * hr));
    }

    /** The lid crease (or, for eye shadow, a curve above it), as 5 image points. */
    private double[] curvePoints(EyeGeometry eye, boolean crease) {
        double[] xy = new double[10];
        for (int k = 0; k < 5; k++) {
            double t = k / 4.0;
            Point3 p = eye.crease(t);
            if (!crease) {
                Point3 open = eye.upperOpen(t);
                p = open.lerp(p, 1.9 - 0.9 * Math.abs(2 * t - 1));
            }
            if (k == 0 || k == 4) {
                p = k == 0 ? eye.leftCorner() : eye.rightCorner();
                p = crease ? p.shifted(0, 0.8, 0) : p.shifted(0, 2, 0);
            }
            view.projection().project(p, xy, k);
        }
        return xy;
    }

    private static BasicStroke round(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static double[] reverse(double[] xy) {
        int n = xy.length / 2;
        double[] out = new double[xy.length];
        for (int k = 0; k < n; k++) {
            out[2 * k] = xy[2 * (n - 1 - k)];
            out[2 * k + 1] = xy[2 * (n - 1 - k) + 1];
        }
        return out;
    }
}
