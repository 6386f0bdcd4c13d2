package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.sampledata.face.FaceShape;
import org.landmarkstudio.sampledata.face.HeadModel;
import org.landmarkstudio.sampledata.face.HeadRotation;
import org.landmarkstudio.sampledata.face.Point3;
import org.landmarkstudio.sampledata.face.Projection;

/**
 * Draws the body and the bare head: shoulders in clothes, the neck, the ears and the shaded
 * skin of the head below the hairline, with the soft shadows of the face's hollows.
 */
final class HeadPainter {

    private final FaceView view;
    private final SkinShading shading;
    private final Appearance look;
    private final Projection body;

    HeadPainter(FaceView view, SkinShading shading, Appearance look) {
        this.view = view;
        this.shading = shading;
        this.look = look;
        Projection p = view.projection();
        HeadRotation r = p.rotation();
        this.body = new Projection(HeadRotation.of(0.3 * r.yaw(), 0, 0.25 * r.roll()), p.pivot(), p.aim(),
                p.cameraDistance(), p.scale(), p.centreX(), p.centreY());
    }

    /** Shoulders in clothes and the neck. */
    void paintBody(Graphics2D g) {
        double fw = view.shape().identity().faceWidth();
        HeadModel h = view.shape().head();
        List<Point2D.Double> neck = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            double a = 2 * Math.PI * k / 16;
            neck.add(view.project(new Point3(44 * fw * Math.sin(a), h.chin() * 0.6, -28 + 40 * Math.cos(a))));
            neck.add(body.project(new Point3(52 * fw * Math.sin(a), -190, -26 + 44 * Math.cos(a))));
        }
        Point2D.Double chin = view.project(new Point3(0, h.chin() - h.jawDrop(), 40));
        Point2D.Double base = body.project(new Point3(0, -175, 0));
        Paint skin = new GradientPaint((float) chin.x, (float) chin.y,
                shading.lit(view.lighting().ambient() * 1.1 + 0.12).color(), (float) base.x, (float) base.y,
                shading.average().times(0.92).color());
        g.setPaint(skin);
        g.fill(hullOf(neck).path());

        List<Point2D.Double> torso = new ArrayList<>();
        double[][] half = {{58, -160}, {120, -172}, {166, -192}, {192, -232}, {202, -320}, {206, -520}};
        for (double[] c : half) {
            for (int s = -1; s <= 1; s += 2) {
                for (double z : new double[] {-85, 35}) {
                    torso.add(body.project(new Point3(s * c[0] * fw, c[1], z)));
                }
            }
        }
        Rgb cloth = Rgb.of(look.clothing());
        Lighting light = view.lighting();
        Point2D.Double left = body.project(new Point3(-200, -260, 0));
        Point2D.Double right = body.project(new Point3(200, -260, 0));
        g.setPaint(new GradientPaint((float) left.x, (float) left.y,
                cloth.times(light.shade(new Point3(-0.6, 0.3, 0.75).normalized())).color(), (float) right.x,
                (float) right.y, cloth.times(light.shade(new Point3(0.6, 0.3, 0.75).normalized())).color()));
        g.fill(hullOf(torso).path());
        double[] neckline = new double[2 * 9];
        for (int k = 0; k < 9; k++) {
            double a = -Math.PI / 2 + Math.PI * k / 8;
            Point2D.Double p = body.project(
                    new Point3(48 * fw * Math.sin(a), -158 - 22 * Math.cos(a), 32 + 8 * Math.cos(a)));
            neckline[2 * k] = p.x;
            neckline[2 * k + 1] = p.y;
        }
        Path2D.Double opening = new Curve(neckline, false).path();
        Point2D.Double rightTop = body.project(new Point3(48 * fw, -146, 30));
        Point2D.Double leftTop = body.project(new Point3(-48 * fw, -146, 30));
        opening.lineTo(rightTop.x, rightTop.y);
        opening.lineTo(leftTop.x, leftTop.y);
        opening.closePath();
        g.setPaint(skin);
        g.fill(opening);
        g.setColor(cloth.times(0.7).color(0.7));
        g.setStroke(new BasicStroke((float) (1.6 * view.pixelsPerMm()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Curve(neckline, false).path());
    }

    /** Whether the ear on {@code side} is seen from the front (drawn over the head) or behind it. */
    boolean earInFront(int side) {
        FaceShape s = view.shape();
        return view.projection().facing(s.ear(side).get(0), s.earNormal(side)) > 0.05;
    }

    /** One ear. */
    void paintEar(Graphics2D g, int side) {
        FaceShape s = view.shape();
        List<Point3> ear = s.ear(side);
        double[] xy = new double[2 * ear.size()];
        for (int i = 0; i < ear.size(); i++) {
            view.projection().project(ear.get(i), xy, i);
        }
        Rgb colour = shading.litNormal(new Point3(side * 0.8, 0.1, 0.4)).times(0.95, 0.9, 0.9);
        g.setColor(colour.color());
        g.fill(new Curve(xy, true).path());
        List<Point3> fold = s.earFold(side);
        double[] f = new double[2 * fold.size()];
        for (int i = 0; i < fold.size(); i++) {
            view.projection().project(fold.get(i), f, i);
        }
        g.setColor(colour.times(0.62).color(0.7));
        g.setStroke(new BasicStroke((float) Math.max(0.6, 1.3 * view.pixelsPerMm()), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(new Curve(f, false).path());
    }

    /** The shaded skin of the head, or of a part of it. */
    void paintSkin(Graphics2D g, Shape skin) {
        g.setPaint(shading.base());
        g.fill(skin);
        g.setPaint(shading.overlay());
        g.fill(skin);
    }

    /**
     * The shadows of the face's hollows (eye sockets, smile lines) and cheek blush, on the sides
     * that face the camera.
     */
    void paintShadows(Graphics2D g, double blush) {
        double px = view.pixelsPerMm();
        for (int side = -1; side <= 1; side += 2) {
            if (view.sideFacing(side) < -0.35) {
                continue;
            }
            int centre = side < 0 ? 74 : 83;
            int brow = side < 0 ? 39 : 48;
            double cx = view.x(centre) * 0.6 + view.x(brow) * 0.4;
            double cy = view.y(centre) * 0.6 + view.y(brow) * 0.4;
            double r = 21 * px;
            g.setPaint(new RadialGradientPaint((float) cx, (float) cy, (float) r, new float[] {0, 1},
                    new Color[] {new Color(60, 30, 20, 44), new Color(60, 30, 20, 0)}));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        if (blush > 0) {
            for (int side = -1; side <= 1; side += 2) {
                if (view.sideFacing(side) < -0.35) {
                    continue;
                }
                int nose = side < 0 ? 57 : 63;
                int jaw = side < 0 ? 5 : 27;
                double cx = view.x(nose) * 0.55 + view.x(jaw) * 0.45;
                double cy = view.y(nose) * 0.55 + view.y(jaw) * 0.45;
                double r = 17 * px;
                g.setPaint(new RadialGradientPaint((float) cx, (float) cy, (float) r, new float[] {0, 1},
                        new Color[] {new Color(214, 70, 80, (int) (90 * blush)), new Color(214, 70, 80, 0)}));
                g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
        }
        double smile = view.shape().expression().smile();
        if (smile > 0.25) {
            g.setStroke(new BasicStroke((float) (1.2 * px), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(shading.average().times(0.6).color(0.25 * smile));
            for (int side = -1; side <= 1; side += 2) {
                if (view.sideFacing(side) < -0.25) {
                    continue;
                }
                int wing = side < 0 ? 57 : 63;
                int corner = side < 0 ? 84 : 90;
                double ox = view.axisX() * side * 5 * px;
                double oy = view.axisY() * side * 5 * px;
                double[] xy = {
                    view.x(wing) + ox * 0.6, view.y(wing) + oy * 0.6,
                    (view.x(wing) + view.x(corner)) / 2 + ox * 1.4, (view.y(wing) + view.y(corner)) / 2 + oy * 1.4,
                    view.x(corner) + ox, view.y(corner) + oy + 2 * px};
                g.draw(new Curve(xy, false).path());
            }
        }
    }

    private static Outline hullOf(List<Point2D.Double> pts) {
        double[] xy = new double[2 * pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xy[2 * i] = pts.get(i).x;
            xy[2 * i + 1] = pts.get(i).y;
        }
        return Outline.hullOf(xy, pts.size());
    }
}
