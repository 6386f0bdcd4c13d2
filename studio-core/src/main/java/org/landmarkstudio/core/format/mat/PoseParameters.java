package org.landmarkstudio.core.format.mat;

import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;

/**
 * The seven numbers of a 300W-LP / AFLW2000-3D {@code Pose_Para} vector, in file order, and
 * their conversion to and from the studio's {@link HeadPose}.
 *
 * <p>The file stores the 3DMM fit's rotation as (pitch, yaw, roll) in radians followed by the
 * translation and scale of the weak-perspective projection. The studio works in (yaw, pitch,
 * roll) degrees everywhere, so the conversion happens here and nowhere else; translation and
 * scale are kept so that writing a changed pose back leaves them untouched.
 *
 * @param pitch rotation about the horizontal image axis, radians
 * @param yaw   rotation about the vertical image axis, radians
 * @param roll  rotation in the image plane, radians
 * @param tx    translation x
 * @param ty    translation y
 * @param tz    translation z
 * @param scale projection scale
 */
public record PoseParameters(double pitch, double yaw, double roll, double tx, double ty, double tz, double scale) {

    /** The variable name in the .mat files. */
    public static final String VARIABLE = "Pose_Para";
    /** Number of values in the vector. */
    public static final int LENGTH = 7;

    /** The parameters from the seven values in file order. */
    public static PoseParameters of(double[] values) {
        if (values.length != LENGTH) {
            throw new IllegalArgumentException(VARIABLE + " has " + LENGTH + " values, got " + values.length);
        }
        return new PoseParameters(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }

    /**
     * Parameters for a pose that has no 3DMM fit behind it: the angles in radians, translation
     * and scale 0 (a converted sample has no projection to record).
     */
    public static PoseParameters of(HeadPose pose) {
        return new PoseParameters(0, 0, 0, 0, 0, 0, 0).withAngles(pose);
    }

    /** The seven values in file order. */
    public double[] values() {
        return new double[] {pitch, yaw, roll, tx, ty, tz, scale};
    }

    /** Whether the three angles are finite numbers (a {@link HeadPose} needs them to be). */
    public boolean hasFiniteAngles() {
        return Double.isFinite(pitch) && Double.isFinite(yaw) && Double.isFinite(roll);
    }

    /** The pose in degrees, marked as coming from {@code Pose_Para}. */
    public HeadPose toHeadPose() {
        return new HeadPose(Math.toDegrees(yaw), Math.toDegrees(pitch), Math.toDegrees(roll), PoseSource.POSE_PARA);
    }

    /**
     * A copy with the angles of {@code pose} (degrees) in radians; translation and scale kept.
     * An angle that {@code pose} leaves as these parameters read keeps its radian value bit for
     * bit: degrees to radians and back is not exact, and editing the yaw must not move the roll.
     */
    public PoseParameters withAngles(HeadPose pose) {
        return new PoseParameters(radians(pitch, pose.pitch()), radians(yaw, pose.yaw()), radians(roll, pose.roll()),
                tx, ty, tz, scale);
    }

    private static double radians(double current, double degrees) {
        return Double.compare(Math.toDegrees(current), degrees) == 0 ? current : Math.toRadians(degrees);
    }

    /** Whether these parameters read as exactly the angles of {@code pose}. */
    public boolean hasAnglesOf(HeadPose pose) {
        if (!hasFiniteAngles()) {
            return false;
        }
        HeadPose own = toHeadPose();
        return Double.compare(own.yaw(), pose.yaw()) == 0
                && Double.compare(own.pitch(), pose.pitch()) == 0
                && Double.compare(own.roll(), pose.roll()) == 0;
    }
}
