package org.landmarkstudio.sampledata.face;

import java.awt.geom.Point2D;

/**
 * Places the jaw contour landmarks of a turned head the way 300W-LP labels them.
 *
 * <p>Each contour landmark belongs to one horizontal slice of the head. When the head turns,
 * the far side of that slice curves away from the camera and the anatomical jaw point behind
 * it would be drawn through the cheek; so the landmark slides along its slice to the slice's
 * silhouette, the point whose projection lies furthest out on that side (measured along the
 * image direction of the face's own x axis, so roll does not change the choice). A landmark is
 * moved only when the silhouette lies between it and the front of the face; on the near side
 * the silhouette moves towards the ear instead and the landmark keeps its place on the visible
 * jaw line. The chin (point 16) never moves. Inner landmarks (brows, eyes, nose, lips) are plain
 * projections and are not handled here.
 *
 * <p>Where the outline runs along the slices' stacking direction (the cheeks and the jaw below
 * the ears) each slice's outermost point lies on the head's drawn outline. Where it runs across
 * them (from the jaw angle to the chin) the outline is the envelope of many slices, and a
 * slice's outermost point can lie a millimetre or so inside it; 300W-LP's slice rule has the
 * same property.
 */
public final class ContourSilhouette {

    private static final int COARSE_STEPS = 20;
    private static final int REFINE_STEPS = 14;

    private final FaceShape shape;
    private final Projection projection;
    private final double axisX;
    private final double axisY;

    /**
     * @param shape      the face
     * @param projection how it is seen
     */
    public ContourSilhouette(FaceShape shape, Projection projection) {
        this.shape = shape;
        this.projection = projection;
        Point3 axis = projection.direction(new Point3(1, 0, 0));
        double len = Math.hypot(axis.x(), axis.y());
        this.axisX = len == 0 ? 1 : axis.x() / len;
        this.axisY = len == 0 ? 0 : -axis.y() / len;
    }

    /** The model point of contour landmark {@code i} (0-32) as 300W-LP would label it. */
    public Point3 point(int i) {
        int side = FaceShape.contourSide(i);
        if (side == 0) {
            return shape.point(i);
        }
        HeadModel head = shape.head();
        double y = shape.contourHeight(i);
        HeadModel.Slice slice = head.slice(y);
        double limit = Math.PI;
        double best = Double.NEGATIVE_INFINITY;
        double bestTheta = 0;
        for (int k = 0; k <= COARSE_STEPS; k++) {
            double theta = side * limit * k / COARSE_STEPS;
            double v = outwardness(slice, theta, side);
            if (v > best) {
                best = v;
                bestTheta = theta;
            }
        }
        double step = limit / COARSE_STEPS;
        double lo = bestTheta - step;
        double hi = bestTheta + step;
        for (int k = 0; k < REFINE_STEPS; k++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (outwardness(slice, m1, side) < outwardness(slice, m2, side)) {
                lo = m1;
            } else {
                hi = m2;
            }
        }
        double silhouette = (lo + hi) / 2;
        double anatomical = side * Math.PI / 2;
        return Math.abs(silhouette) < Math.abs(anatomical) ? slice.surface(silhouette) : shape.point(i);
    }

    /** How far out on {@code side} the projection of the slice point at theta lies. */
    private double outwardness(HeadModel.Slice slice, double theta, int side) {
        Point2D.Double p = projection.project(slice.surface(theta));
        return side * (p.x * axisX + p.y * axisY);
    }
}
