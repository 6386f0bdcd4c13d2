package org.landmarkstudio.sampledata.face;

import java.awt.geom.Point2D;

/**
 * Places a rotated head in the image with a mild perspective camera.
 *
 * <p>A model point is turned about {@code pivot} by the rotation, then seen from a camera
 * {@code cameraDistance} millimetres in front of the pivot along +z, and finally scaled by
 * {@code scale} pixels per (magnified) millimetre about the image point (centreX, centreY), with
 * the image y axis pointing down.
 *
 * @param rotation       the head rotation
 * @param pivot          the model point the head turns about
 * @param cameraDistance camera distance from the pivot in millimetres
 * @param scale          pixels per millimetre at the pivot's depth
 * @param centreX        image x of the pivot
 * @param centreY        image y of the pivot
 */
public record Projection(HeadRotation rotation, Point3 pivot, double cameraDistance, double scale,
                         double centreX, double centreY) {

    public Projection {
        if (!(cameraDistance > 0) || !(scale > 0)) {
            throw new IllegalArgumentException("camera distance and scale must be positive");
        }
    }

    /** The same camera with another scale and image position. */
    public Projection placed(double newScale, double newCentreX, double newCentreY) {
        return new Projection(rotation, pivot, cameraDistance, newScale, newCentreX, newCentreY);
    }

    /** A model point in the camera frame (origin at the pivot, z towards the camera). */
    public Point3 toCamera(Point3 p) {
        return rotation.apply(p.minus(pivot));
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

    /** Whether a surface at {@code p} with outward model normal {@code normal} faces the camera. */
    public boolean faces(Point3 p, Point3 normal) {
        return facing(p, normal) > 0;
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
