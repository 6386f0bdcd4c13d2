package org.landmarkstudio.sampledata.render;

import java.awt.Color;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.geom.Point2D;
import java.util.Arrays;
import org.landmarkstudio.sampledata.face.HeadModel;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * The skin's light and shade: Lambert shading of the head's normals under the scene light,
 * turned into two gradients across the face (one along the face's width from a row of cheek
 * normals, one along its height from the midline normals) that follow the head as it turns.
 */
final class SkinShading {

    private static final double CHEEK_ROW = -22;
    private static final double[] ROWS = {100, 80, 60, 40, 20, 0, -20, -40, -60, -80, -100, -115};
    private static final double[] ROW_ANGLES = {-0.6, 0, 0.6};

    private final FaceView view;
    private final Rgb skin;
    private final Paint across;
    private final Paint along;
    private final double reference;

    SkinShading(FaceView view, SkinTone tone) {
        this.view = view;
        this.skin = Rgb.of(tone.base());
        double mean = 0;
        for (double theta : ROW_ANGLES) {
            mean += view.lighting().shade(view.cameraNormal(smoothNormal(view.shape().head(), CHEEK_ROW, theta)))
                    / ROW_ANGLES.length;
        }
        this.reference = mean;
        this.across = acrossFace();
        this.along = alongFace();
    }

    /** The skin colour at brightness {@code shade} (warmer in shadow, as real skin is). */
    Rgb lit(double shade) {
        double s = Math.max(0.02, shade);
        return skin.times(Math.pow(s, 0.86), s, Math.pow(s, 1.12));
    }

    /** The skin colour where the head's normal is {@code modelNormal}. */
    Rgb litNormal(Point3 modelNormal) {
        return lit(view.lighting().shade(view.cameraNormal(modelNormal)));
    }

    /** The opaque base paint of the head's skin. */
    Paint base() {
        return across;
    }

    /** A translucent overlay that darkens or lightens the skin along the face's height. */
    Paint overlay() {
        return along;
    }

    /** The average skin colour of the face under this light. */
    Rgb average() {
        return lit(reference);
    }

    /**
     * The gradient across the face from the cheek row's normals: the longest run of neighbouring
     * row points that face the camera and appear in order across the image.
     */
    private Paint acrossFace() {
        HeadModel h = view.shape().head();
        HeadModel.Slice row = h.slice(CHEEK_ROW);
        int n = 31;
        double[] u = new double[n];
        Color[] colours = new Color[n];
        int bestStart = 0;
        int bestLength = 0;
        int start = 0;
        int length = 0;
        for (int k = 0; k < n; k++) {
            double theta = Math.toRadians(-150 + 10 * k);
            Point3 p = row.surface(theta);
            Point3 normal = row.normal(theta);
            Point2D.Double q = view.project(p);
            u[k] = q.x * view.axisX() + q.y * view.axisY();
            colours[k] = lit(view.lighting().shade(view.cameraNormal(normal))).color();
            boolean usable = view.projection().facing(p, normal) > -0.1 && (length == 0 || u[k] > u[k - 1]);
            if (usable) {
                if (length == 0) {
                    start = k;
                }
                length++;
                if (length > bestLength) {
                    bestLength = length;
                    bestStart = start;
                }
            } else {
                length = view.projection().facing(p, normal) > -0.1 ? 1 : 0;
                start = k;
            }
        }
        return gradient(Arrays.copyOfRange(u, bestStart, bestStart + bestLength),
                Arrays.copyOfRange(colours, bestStart, bestStart + bestLength), bestLength, view.axisX(), view.axisY(),
                skin.color());
    }

    private Paint alongFace() {
        HeadModel h = view.shape().head();
        int n = ROWS.length;
        double[] v = new double[n];
        Color[] colours = new Color[n];
        int kept = 0;
        for (int k = 0; k < n; k++) {
            double y = ROWS[k] < 0 ? ROWS[k] * view.shape().identity().faceLength() : ROWS[k];
            Point3 p = h.surface(y, 0);
            if (view.projection().facing(p, h.normal(y, 0)) < 0.05) {
                continue;
            }
            Point2D.Double q = view.project(p);
            v[kept] = q.x * view.downX() + q.y * view.downY();
            double shade = 0;
            for (double theta : ROW_ANGLES) {
                shade += view.lighting().shade(view.cameraNormal(smoothNormal(h, y, theta))) / ROW_ANGLES.length;
            }
            double ratio = shade / Math.max(0.05, reference);
            colours[kept] = ratio < 1 ? new Color(20, 8, 4, (int) Math.round(255 * Math.min(0.55, 0.8 * (1 - ratio))))
                    : new Color(255, 244, 236, (int) Math.round(255 * Math.min(0.2, 0.4 * (ratio - 1))));
            kept++;
        }
        return gradient(v, colours, kept, view.downX(), view.downY(), new Color(0, 0, 0, 0));
    }

    /** The head's normal at (y, theta) with the small bumps of the profile smoothed away. */
    private static Point3 smoothNormal(HeadModel h, double y, double theta) {
        double dy = 9;
        double dt = 0.12;
        Point3 across = h.rest(y, theta + dt).minus(h.rest(y, theta - dt));
        Point3 up = h.rest(y + dy, theta).minus(h.rest(y - dy, theta));
        Point3 n = up.cross(across).normalized();
        Point3 out = new Point3(Math.sin(theta), 0, Math.cos(theta));
        return n.dot(out) < 0 ? n.times(-1) : n;
    }

    /** A linear gradient along (dx, dy) through colours at positions t, sorted and de-duplicated. */
    private static Paint gradient(double[] t, Color[] colours, int n, double dx, double dy, Color fallback) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(t[a], t[b]));
        double[] ts = new double[n];
        Color[] cs = new Color[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double value = t[order[i]];
            if (m > 0 && value - ts[m - 1] < 0.75) {
                continue;
            }
            ts[m] = value;
            cs[m] = colours[order[i]];
            m++;
        }
        if (m < 2) {
            return fallback;
        }
        double t0 = ts[0];
        double t1 = ts[m - 1];
        float[] fractions = new float[m];
        for (int i = 0; i < m; i++) {
            fractions[i] = (float) ((ts[i] - t0) / (t1 - t0));
        }
        fractions[0] = 0;
        fractions[m - 1] = 1;
        for (int i = 1; i < m; i++) {
            if (fractions[i] <= fractions[i - 1]) {
                fractions[i] = Math.nextUp(fractions[i - 1]);
            }
        }
        if (fractions[m - 1] > 1) {
            return fallback;
        }
        return new LinearGradientPaint(new Point2D.Double(dx * t0, dy * t0), new Point2D.Double(dx * t1, dy * t1),
                fractions, Arrays.copyOf(cs, m), MultipleGradientPaint.CycleMethod.NO_CYCLE);
    }
}
