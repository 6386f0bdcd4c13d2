package org.landmarkstudio.sampledata.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.geom.Path2D;

/** Draws an eyebrow as the closed curve through its nine landmarks, denser at its inner end. */
final class BrowPainter {

    private final FaceView view;
    private final Rgb colour;

    BrowPainter(FaceView view, Appearance look) {
        this.view = view;
        this.colour = Rgb.of(look.brows());
    }

    void paint(Graphics2D g, int side) {
        int first = side < 0 ? 33 : 42;
        int[] order = new int[9];
        for (int k = 0; k < 9; k++) {
            order[k] = first + k;
        }
        Path2D.Double brow = Curve.through(view.landmarks(), true, order).path();
        int inner = side < 0 ? 37 : 42;
        int outer = side < 0 ? 33 : 46;
        if (Math.hypot(view.x(inner) - view.x(outer), view.y(inner) - view.y(outer)) < 1) {
            return;
        }
        g.setPaint(new LinearGradientPaint((float) view.x(inner), (float) view.y(inner), (float) view.x(outer),
                (float) view.y(outer), new float[] {0, 0.35f, 1},
                new Color[] {colour.color(0.78), colour.times(0.85).color(0.92), colour.color(0.55)}));
        g.fill(brow);
        g.setStroke(new BasicStroke((float) Math.max(0.4, 0.35 * view.pixelsPerMm())));
        g.setColor(colour.times(0.8).color(0.35));
        g.draw(brow);
    }
}
