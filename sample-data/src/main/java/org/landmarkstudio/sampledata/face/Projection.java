package org.landmarkstudio.sampledata.face;

import java.awt.geom.Point2D;

/**
 * Places a rotated head in the image with a mild perspective camera.
 *
 * <p>A model point is turned about {@code pivot} by the rotation and seen from a camera
 * {@code cameraDistance} millimetres away, aimed at the turned {@code target} (a point of the
 * face, so that perspective is centred on the face, as when a photographer frames it); the
 * result is scaled by {@code scale} pixels per millimetre at the target's depth and placed with
 * the target at the image point (centreX, centreY), image y pointing down.
 *
 * @param rotation       the head rotation
 * @param pivot          the model point the head turns about
 * @param aim            the camera-frame offset of the aimed-at point: the turned target minus
 *                       the pivot (see {@link #aimedAt})
 * @param cameraDistance camera distance from the aimed-at point in millimetres
 * @param scale          pixels per millimetre at the aimed-at point's depth
 * @param centreX        image x of the aimed-at point
 * @param centreY        image y of the aimed-at point
 */
public record Projection(HeadRotation rotation, Point3 pivot, Point3 aim, double cameraDistance, double scale,
                         double centreX, double centreY) {

    public Projection {
        if (!(cameraDistance > 0) || !(scale > 0)) {
            throw new IllegalArgumentException("camera distance and scale must be positive");
        }
    }

    /** A camera {@code cameraDistance} from {@code target}, the head turned about {@code pivot}. */
    public static Projection aimedAt(HeadRotation rotation, Point3 pivot, Point3 target, double cameraDistance,
                                     double scale, double centreX, double centreY) {
        return new Projection(rotation, pivot, rotation.apply(target.minus(pivot)), cameraDistance, scale, centreX,
                centreY);
    }

    /** The same camera with another scale and image position. */
    public Projection placed(double newScale, double newCentreX, double newCentreY) {
        return new Projection(rotation, pivot, aim, cameraDistance, newScale, newCentreX, newCentreY);
    }

    /** A model point in the camera frame: origin at the aimed-at point, z towards the camera. */
    public Point3 toCamera(Point3 p) {
        return rotation.apply(p.minus(pivot)).minus(aim);
    }

    /** A model direction in the camera frame. */
    public Point3 direction(Point3 d) {
        return rotation.apply(d);
    }

    /** The image point of a model point. */
    public Point2D.Double project(Point3 p) {
        Point3 c = toCamera(p);
        double k = scale * cameraDistance / (cameraDistance - c.z());
        return new Point2D.Double(centreX + k * c.x(), centreY - k * c.y());
    }

    /** Writes the image point of {@code p} at {@code xy[2i], xy[2i+1]}. */
    public void project(Point3 p, double[] xy, int i) {
        Point3 c = toCamera(p);
        double k = scale * cameraDistance / (cameraDistance - c.z());
        xy[2 * i] = centreX + k * c.x();
        xy[2 * i + 1] = centreY - k * c.y();
    }

    /**
     * The cosine between the rotated outward normal and the direction from the point to the
     * camera: positive when the surface faces the camera.
     */
    public double facing(Point3 p, Point3 normal) {
        Point3 c = toCamera(p);
        Point3 toCamera = new Point3(-c.x(), -c.y(), cameraDistance - c.z()).normalized();
        return rotation.apply(normal).normalized().dot(toCamera);
    }
}
