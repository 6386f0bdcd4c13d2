package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.landmarkstudio.sampledata.face.FaceShape;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * Draws the nose: its outline where it stands out of a turned face, the shadow on the side
 * away from the light, the wing creases, the nostrils (tilted ellipses on the nose's underside)
 * and a highlight on the tip.
 */
final class NosePainter {

    private final FaceView view;
    private final SkinShading shading;

    NosePainter(FaceView view, SkinShading shading) {
        this.view = view;
        this.shading = shading;
    }

    void paint(Graphics2D g) {
        FaceShape shape = view.shape();
        double px = view.pixelsPerMm();
        double turn = Math.abs(view.sideFacing(1));
        Rgb skin = shading.average();
        if (turn > 0.12 || Math.abs(view.projection().rotation().pitch()) > 20) {
            List<Point3> volume = shape.noseVolume();
            double[] xy = new double[2 * volume.size()];
            for (int i = 0; i < volume.size(); i++) {
                view.projection().project(volume.get(i), xy, i);
            }
            g.setPaint(shading.base());
            g.fill(Outline.hullOf(xy, volume.size()).path());
        }
        double left = view.lighting().shade(view.cameraNormal(new Point3(-0.75, 0, 0.66)));
        double right = view.lighting().shade(view.cameraNormal(new Point3(0.75, 0, 0.66)));
        int dark = left < right ? -1 : 1;
        double contrast = Math.abs(left - right);
        double nw = shape.identity().noseWidth();
        double[] side = new double[10];
        for (int k = 0; k < 4; k++) {
            Point3 p = shape.point(51).lerp(shape.point(54), k / 3.0 * 0.85);
            view.projection().project(p.shifted(dark * (4 + 2.5 * k) * nw, 0, -2 - k), side, k);
        }
        view.projection().project(shape.point(dark < 0 ? 56 : 64), side, 4);
        g.setStroke(new BasicStroke((float) (5 * px), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(skin.times(0.5).color(Math.min(0.34, 0.12 + 0.5 * contrast)));
        g.draw(new Curve(side, false).path());
        double tipX = view.x(54) * 0.35 + view.x(60) * 0.65;
        double tipY = view.y(54) * 0.35 + view.y(60) * 0.65;
        double tipW = 0.42 * Math.hypot(view.x(58) - view.x(62), view.y(58) - view.y(62));
        double tipH = 2.6 * px;
        g.setPaint(new RadialGradientPaint((float) tipX, (float) tipY, (float) Math.max(1, tipW), new float[] {0, 1},
                new Color[] {skin.times(0.35).color(0.45), skin.times(0.35).color(0)}));
        g.fill(new Ellipse2D.Double(tipX - tipW, tipY - tipH, 2 * tipW, 2 * tipH));
        if (turn > 0.12) {
            double[] profile = new double[12];
            for (int k = 0; k < 4; k++) {
                view.projection().project(shape.point(51 + k), profile, k);
            }
            view.projection().project(shape.point(54).shifted(0, -3.5, -2.5), profile, 4);
            view.projection().project(shape.point(60), profile, 5);
            g.setStroke(new BasicStroke((float) (0.8 * px), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(skin.times(0.6).color(Math.min(0.55, turn)));
            g.draw(new Curve(profile, false).path());
        }
        g.setStroke(new BasicStroke((float) Math.max(0.6, 0.8 * px), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(skin.times(0.45).color(0.6));
        double[] xy = view.landmarks();
        g.draw(Curve.through(xy, false, 55, 56, 57, 58).path());
        g.draw(Curve.through(xy, false, 65, 64, 63, 62).path());
        g.setColor(skin.times(0.45).color(0.35));
        g.draw(Curve.through(xy, false, 58, 59, 60, 61, 62).path());
        paintNostrils(g, shape, skin);
        Point3 l = view.lighting().direction();
        double r = 3.2 * px;
        double hx = view.x(54) + l.x() * r * 0.5;
        double hy = view.y(54) - l.y() * r * 0.5 - 0.4 * r;
        g.setPaint(new RadialGradientPaint((float) hx, (float) hy, (float) r, new float[] {0, 1},
                new Color[] {new Color(255, 248, 240, 70), new Color(255, 248, 240, 0)}));
        g.fill(new Ellipse2D.Double(hx - r, hy - r, 2 * r, 2 * r));
    }

    private void paintNostrils(Graphics2D g, FaceShape shape, Rgb skin) {
        double tilt = Math.toRadians(25);
        Point3 normal = new Point3(0, -Math.cos(tilt), Math.sin(tilt));
        Point3 across = new Point3(1, 0, 0);
        Point3 along = across.cross(normal);
        double nw = shape.identity().noseWidth();
        g.setColor(skin.times(0.22).color(0.85));
        for (int s = -1; s <= 1; s += 2) {
            Point3 c = shape.point(s < 0 ? 58 : 62).lerp(shape.point(s < 0 ? 59 : 61), 0.55).shifted(0, 1.4, -1.2);
            if (view.projection().facing(c, normal) <= 0) {
                continue;
            }
            Point2D.Double pc = view.project(c);
            Point2D.Double p1 = view.project(c.plus(across.times(3.3 * nw)));
            Point2D.Double p2 = view.project(c.plus(along.times(2.3)));
            AffineTransform t = new AffineTransform(p1.x - pc.x, p1.y - pc.y, p2.x - pc.x, p2.y - pc.y, pc.x, pc.y);
            g.fill(t.createTransformedShape(new Ellipse2D.Double(-1, -1, 2, 2)));
        }
    }
}
