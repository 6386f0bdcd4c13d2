package org.landmarkstudio.sampledata.render;

import java.awt.geom.Path2D;

/**
 * A smooth curve through given image points (Catmull-Rom, drawn as cubic Béziers), open or
 * closed; landmark runs such as a lid, a lip edge or a brow edge become curves like this.
 *
 * @param xy     interleaved x0, y0, x1, y1, ...
 * @param closed whether the last point joins the first smoothly
 */
record Curve(double[] xy, boolean closed) {

    Curve {
        if (xy.length < 4 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a curve needs at least two points");
        }
    }

    /** A curve through landmarks {@code indices} of the interleaved landmark array. */
    static Curve through(double[] landmarks, boolean closed, int... indices) {
        double[] xy = new double[2 * indices.length];
        for (int k = 0; k < indices.length; k++) {
            xy[2 * k] = landmarks[2 * indices[k]];
            xy[2 * k + 1] = landmarks[2 * indices[k] + 1];
        }
        return new Curve(xy, closed);
    }

    int size() {
        return xy.length / 2;
    }

    /** The curve as a path. */
    Path2D.Double path() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        appendTo(p);
        if (closed) {
            p.closePath();
        }
        return p;
    }

    /** Continues {@code p} (already at this curve's first point) along the curve. */
    void appendTo(Path2D p) {
        int n = size();
        int segments = closed ? n : n - 1;
        for (int s = 0; s < segments; s++) {
            int i1 = s;
            int i2 = (s + 1) % n;
            int i0 = closed ? (s - 1 + n) % n : Math.max(0, s - 1);
            int i3 = closed ? (s + 2) % n : Math.min(n - 1, s + 2);
            double c1x = xy[2 * i1] + (xy[2 * i2] - xy[2 * i0]) / 6;
            double c1y = xy[2 * i1 + 1] + (xy[2 * i2 + 1] - xy[2 * i0 + 1]) / 6;
            double c2x = xy[2 * i2] - (xy[2 * i3] - xy[2 * i1]) / 6;
            double c2y = xy[2 * i2 + 1] - (xy[2 * i3 + 1] - xy[2 * i1 + 1]) / 6;
            p.curveTo(c1x, c1y, c2x, c2y, xy[2 * i2], xy[2 * i2 + 1]);
        }
    }
}
