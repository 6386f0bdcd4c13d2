package org.landmarkstudio.sampledata.face;

import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;

/**
 * The rotation of a head pose, in the sign convention of AFLW2000-3D / 300W-LP
 * {@code Pose_Para} and of PFPLD's {@code plot_pose_cube}.
 *
 * <p>In a camera frame with x to the image right, y up and z towards the camera, a model point
 * {@code p} turns to {@code Rx(-pitch) Ry(-yaw) Rz(-roll) p} (right-handed elementary
 * rotations, angles in degrees). So, as seen in the image:
 * <ul>
 *   <li><b>positive yaw</b> turns the face towards the image left: the nose tip moves left of
 *       the eye-corner midpoint (the subject looks to their own right);</li>
 *   <li><b>positive pitch</b> raises the face: the nose tip moves up towards the eye line
 *       (the subject looks up);</li>
 *   <li><b>positive roll</b> turns the face clockwise in the image: the line from the
 *       image-left to the image-right eye corner slopes down to the right.</li>
 * </ul>
 * This was measured on the 16 AFLW2000-3D faces in the shared fixtures ({@code pt3d_68} and
 * {@code Pose_Para}): with the eye-corner distance as unit, the nose tip sits 0.19 left of the
 * eye midpoint at yaw +17.9 and 0.58 right of it at yaw -54.7 (the sign agrees on all 12 faces
 * with |yaw| over 10); the nose tip's position along the eye-to-mouth line falls from about 0.5
 * when level to 0.06 at pitch +34.4 and rises to 0.78 at pitch -31.0; and the eye-corner line
 * angle predicted by this rotation matches the measured one within 1.6 degrees on all 16 faces
 * (e.g. +5.9 measured, +5.7 predicted at roll +5.6). De-rotating the 16 3-D landmark sets by
 * every order and sign of the three elementary rotations, this one makes them agree best.
 * {@code plot_pose_cube(yaw, pitch, roll)} (p = pitch, y = -yaw, r = roll) draws exactly the
 * image axes of this rotation, so the studio's label convention and PFPLD's drawing agree;
 * there is no sign discrepancy.
 */
public final class HeadRotation {

    private final double yaw;
    private final double pitch;
    private final double roll;
    private final double[] m;

    private HeadRotation(double yaw, double pitch, double roll) {
        this.yaw = yaw;
        this.pitch = pitch;
        this.roll = roll;
        double p = Math.toRadians(-pitch);
        double y = Math.toRadians(-yaw);
        double r = Math.toRadians(-roll);
        double cp = Math.cos(p);
        double sp = Math.sin(p);
        double cy = Math.cos(y);
        double sy = Math.sin(y);
        double cr = Math.cos(r);
        double sr = Math.sin(r);
        // Rx(p) * Ry(y) * Rz(r), row-major
        m = new double[] {
            cy * cr, -cy * sr, sy,
            sp * sy * cr + cp * sr, -sp * sy * sr + cp * cr, -sp * cy,
            -cp * sy * cr + sp * sr, cp * sy * sr + sp * cr, cp * cy};
    }

    /** The rotation of a pose given in degrees. */
    public static HeadRotation of(double yaw, double pitch, double roll) {
        return new HeadRotation(yaw, pitch, roll);
    }

    public double yaw() {
        return yaw;
    }

    public double pitch() {
        return pitch;
    }

    public double roll() {
        return roll;
    }

    /** The rotated point or direction. */
    public Point3 apply(Point3 p) {
        return new Point3(
                m[0] * p.x() + m[1] * p.y() + m[2] * p.z(),
                m[3] * p.x() + m[4] * p.y() + m[5] * p.z(),
                m[6] * p.x() + m[7] * p.y() + m[8] * p.z());
    }

    /** This pose as a studio label, source {@code SYNTHETIC}. */
    public HeadPose toHeadPose() {
        return new HeadPose(yaw, pitch, roll, PoseSource.SYNTHETIC);
    }
}
