package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * Draws the lips from the 20 lip landmarks: upper and lower lip between the outer and inner
 * edges, the dark mouth with teeth and tongue when it opens, the line between closed lips,
 * lipstick, and the soft shadow under the lower lip.
 */
final class MouthPainter {

    private final FaceView view;
    private final SkinShading shading;
    private final Appearance look;

    MouthPainter(FaceView view, SkinShading shading, Appearance look) {
        this.view = view;
        this.shading = shading;
        this.look = look;
    }

    void paint(Graphics2D g) {
        double[] xy = view.landmarks();
        double px = view.pixelsPerMm();
        Rgb lips = look.makeUp().lipstick() != null
                ? Rgb.of(look.makeUp().lipstick()).mix(look.skin().lips(), 0.15) : look.skin().lips();
        double light = shading.average().r() / Math.max(1, look.skin().base().getRed());
        lips = lips.times(Math.min(1.15, light));
        double shadowR = 6 * px;
        double sx = view.x(93) + view.downX() * 4 * px;
        double sy = view.y(93) + view.downY() * 4 * px;
        g.setColor(shading.average().times(0.55).color(0.22));
        g.fill(new Ellipse2D.Double(sx - 1.6 * shadowR, sy - shadowR * 0.6, 3.2 * shadowR, 1.2 * shadowR));

        double gap = Math.hypot(view.x(98) - view.x(102), view.y(98) - view.y(102));
        Path2D.Double inner = Curve.through(xy, true, 96, 97, 98, 99, 100, 101, 102, 103).path();
        if (gap > 0.7) {
            g.setColor(new Color(58, 18, 22));
            g.fill(inner);
            Shape clip = g.getClip();
            g.clip(inner);
            paintTeethAndTongue(g, xy, gap, px);
            g.setClip(clip);
        }
        Path2D.Double upper = Curve.through(xy, false, 84, 85, 86, 87, 88, 89, 90).path();
        upper.lineTo(xy[200], xy[201]);
        Curve.through(xy, false, 100, 99, 98, 97, 96).appendTo(upper);
        upper.closePath();
        Path2D.Double lower = Curve.through(xy, false, 90, 91, 92, 93, 94, 95, 84).path();
        lower.lineTo(xy[192], xy[193]);
        Curve.through(xy, false, 96, 103, 102, 101, 100).appendTo(lower);
        lower.closePath();
        g.setColor(lips.times(0.8).color());
        g.fill(upper);
        g.setColor(lips.color());
        g.fill(lower);
        double hr = 3.2 * px;
        double hx = (view.x(92) + view.x(93) + view.x(94)) / 3 * 0.5 + view.x(102) * 0.5;
        double hy = (view.y(92) + view.y(93) + view.y(94)) / 3 * 0.5 + view.y(102) * 0.5;
        g.setColor(new Color(255, 240, 240, look.makeUp().lipstick() != null ? 60 : 34));
        g.fill(new Ellipse2D.Double(hx - 1.8 * hr, hy - 0.6 * hr, 3.6 * hr, 1.2 * hr));
        g.setStroke(new BasicStroke((float) Math.max(0.5, 0.55 * px), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(lips.times(0.45).color(0.75));
        g.draw(Curve.through(xy, false, 84, 96, 97, 98, 99, 100, 90).path());
        g.setColor(lips.times(0.7).color(0.3));
        g.draw(Curve.through(xy, false, 84, 85, 86, 87, 88, 89, 90).path());
    }

    private void paintTeethAndTongue(Graphics2D g, double[] xy, double gap, double px) {
        double tooth = Math.min(0.5 * gap, 3.8 * px);
        double dx = view.downX() * tooth;
        double dy = view.downY() * tooth;
        Path2D.Double teeth = Curve.through(xy, false, 96, 97, 98, 99, 100).path();
        double[] band = new double[10];
        int[] idx = {100, 99, 98, 97, 96};
        for (int k = 0; k < 5; k++) {
            double f = k == 0 || k == 4 ? 0.3 : 1;
            band[2 * k] = xy[2 * idx[k]] + dx * f;
            band[2 * k + 1] = xy[2 * idx[k] + 1] + dy * f;
        }
        teeth.lineTo(band[0], band[1]);
        new Curve(band, false).appendTo(teeth);
        teeth.closePath();
        double light = 0.55 + 0.4 * view.lighting().shade(view.cameraNormal(new Point3(0, 0, 1)));
        g.setColor(new Rgb(236, 230, 214).times(light).color());
        g.fill(teeth);
        g.setStroke(new BasicStroke((float) Math.max(0.35, 0.25 * px)));
        g.setColor(new Color(150, 140, 130, 110));
        for (int k = 1; k <= 3; k++) {
            double x = xy[2 * (96 + k)];
            double y = xy[2 * (96 + k) + 1];
            g.draw(new Line2D.Double(x, y, x + dx * 0.9, y + dy * 0.9));
        }
        if (gap > 6 * px) {
            double cx = xy[2 * 102] - view.downX() * gap * 0.2;
            double cy = xy[2 * 102 + 1] - view.downY() * gap * 0.2;
            double w = Math.hypot(xy[2 * 101] - xy[2 * 103], xy[2 * 101 + 1] - xy[2 * 103 + 1]);
            g.setColor(new Color(176, 70, 76));
            g.fill(new Ellipse2D.Double(cx - w * 0.6, cy - gap * 0.22, w * 1.2, gap * 0.5));
        }
    }
}
