package org.landmarkstudio.sampledata.face;

/**
 * A point or direction in model or camera space, in millimetres.
 *
 * @param x towards the image right of a frontal face
 * @param y up
 * @param z towards the camera
 */
public record Point3(double x, double y, double z) {

    public Point3 plus(Point3 o) {
        return new Point3(x + o.x, y + o.y, z + o.z);
    }

    public Point3 minus(Point3 o) {
        return new Point3(x - o.x, y - o.y, z - o.z);
    }

    public Point3 times(double k) {
        return new Point3(x * k, y * k, z * k);
    }

    public double dot(Point3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Point3 cross(Point3 o) {
        return new Point3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double length() {
        return Math.sqrt(dot(this));
    }

    /** This direction scaled to length 1 (the zero vector stays zero). */
    public Point3 normalized() {
        double n = length();
        return n == 0 ? this : times(1 / n);
    }

    /** The point a fraction {@code t} of the way from this point to {@code o}. */
    public Point3 lerp(Point3 o, double t) {
        return new Point3(x + (o.x - x) * t, y + (o.y - y) * t, z + (o.z - z) * t);
    }

    /** A copy moved by (dx, dy, dz). */
    public Point3 shifted(double dx, double dy, double dz) {
        return new Point3(x + dx, y + dy, z + dz);
    }
}
