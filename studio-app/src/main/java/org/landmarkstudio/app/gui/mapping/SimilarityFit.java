package org.landmarkstudio.app.gui.mapping;

import java.util.BitSet;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * The least-squares similarity (scale, rotation, shift) that lays the template face over a
 * sample, so that points a conversion leaves unlabelled can be shown where they would be.
 *
 * <p>Those points have no coordinate; drawing them at the fitted template position (marked as
 * unlabelled) shows the user which part of the face loses its labels without inventing a label.
 */
record SimilarityFit(double a, double b, double tx, double ty) {

    /**
     * The fit from {@code template} to the labelled points of {@code sample} (same schema), or
     * {@code null} when fewer than two points are shared.
     */
    static SimilarityFit between(Landmarks template, Landmarks sample) {
        BitSet common = sample.labelledMask();
        common.and(template.labelledMask());
        int n = common.cardinality();
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        double nx = 0;
        double ny = 0;
        for (int i = common.nextSetBit(0); i >= 0; i = common.nextSetBit(i + 1)) {
            mx += template.x(i);
            my += template.y(i);
            nx += sample.x(i);
            ny += sample.y(i);
        }
        mx /= n;
        my /= n;
        nx /= n;
        ny /= n;
        double dot = 0;
        double cross = 0;
        double norm = 0;
        for (int i = common.nextSetBit(0); i >= 0; i = common.nextSetBit(i + 1)) {
            double px = template.x(i) - mx;
            double py = template.y(i) - my;
            double qx = sample.x(i) - nx;
            double qy = sample.y(i) - ny;
            dot += px * qx + py * qy;
            cross += px * qy - py * qx;
            norm += px * px + py * py;
        }
        if (norm == 0) {
            return null;
        }
        double a = dot / norm;
        double b = cross / norm;
        return new SimilarityFit(a, b, nx - (a * mx - b * my), ny - (b * mx + a * my));
    }

    /** The image x of template point (x, y). */
    double x(double x, double y) {
        return a * x - b * y + tx;
    }

    /** The image y of template point (x, y). */
    double y(double x, double y) {
        return b * x + a * y + ty;
    }
}
