package org.landmarkstudio.core.sample;

/**
 * A head pose in degrees, with its provenance.
 *
 * <p>Yaw turns about the vertical axis, pitch about the horizontal axis and roll in the image
 * plane, as PFPLD's network outputs them. 300W-LP's {@code Pose_Para} stores (pitch, yaw, roll)
 * in radians; readers convert at the file boundary so that every pose in the studio is
 * (yaw, pitch, roll) in degrees.
 */
public record HeadPose(double yaw, double pitch, double roll, PoseSource source) {

    public HeadPose {
        if (!Double.isFinite(yaw) || !Double.isFinite(pitch) || !Double.isFinite(roll)) {
            throw new IllegalArgumentException("pose angles must be finite: " + yaw + ", " + pitch + ", " + roll);
        }
    }

    /** The largest absolute angle, for "large pose" tests. */
    public double maxAbsAngle() {
        return Math.max(Math.abs(yaw), Math.max(Math.abs(pitch), Math.abs(roll)));
    }
}
