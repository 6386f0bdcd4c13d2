package org.landmarkstudio.engine.pose;

import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;

/**
 * The Euler angles OpenCV's {@code decomposeProjectionMatrix} gives for a solvePnP rotation, as
 * PFPLD writes them into its WFLW list rows: rotations in degrees about the camera's x, y and z
 * axes (OpenCV frame: x right, y down, z into the scene), with {@code R = Rz(roll) Ry(yaw)
 * Rx(pitch)}.
 *
 * <p>These are not the studio's angles. PFPLD's head model is left-handed and the solver fits it
 * behind the camera; the same rotation acts on the point-reflected model, which is a face in
 * OpenCV's own frame. {@link #toHeadPose()} takes that rotation into the studio's frame (y up,
 * z towards the camera: conjugation by {@code diag(1, -1, -1)}) and decomposes it in the studio's
 * order, {@code Rx(-pitch) Ry(-yaw) Rz(-roll)} (the 300W-LP {@code Pose_Para} convention, see
 * {@code HeadRotation} in sample-data). For small angles this is {@code yaw = this.yaw},
 * {@code pitch = -this.pitch}, {@code roll = this.roll}; the exact decomposition matters at large
 * poses, where the two orders part (on AFLW2000 face {@code image00475}, yaw 65 and pitch 40, the
 * per-angle mapping gets the roll's sign wrong and the exact one does not).
 *
 * @param pitch rotation about the camera x axis, degrees
 * @param yaw   rotation about the camera y axis, degrees
 * @param roll  rotation about the camera z axis, degrees
 */
public record PnpEulerAngles(double pitch, double yaw, double roll) {

    /** The same rotation as a studio head pose, marked {@link PoseSource#SOLVE_PNP}. */
    public HeadPose toHeadPose() {
        double[] r = cameraRotation();
        // studio = S r S with S = diag(1, -1, -1): entries (i, j) change sign when exactly one of i, j is 0
        double s00 = r[0];
        double s01 = -r[1];
        double s02 = -r[2];
        double s12 = r[5];
        double s22 = r[8];
        double a = Math.atan2(-s12, s22);
        double b = Math.asin(Math.max(-1, Math.min(1, s02)));
        double c = Math.atan2(-s01, s00);
        return new HeadPose(-Math.toDegrees(b), -Math.toDegrees(a), -Math.toDegrees(c), PoseSource.SOLVE_PNP);
    }

    /** {@code Rz(roll) Ry(yaw) Rx(pitch)}, row-major. */
    private double[] cameraRotation() {
        double cx = Math.cos(Math.toRadians(pitch));
        double sx = Math.sin(Math.toRadians(pitch));
        double cy = Math.cos(Math.toRadians(yaw));
        double sy = Math.sin(Math.toRadians(yaw));
        double cz = Math.cos(Math.toRadians(roll));
        double sz = Math.sin(Math.toRadians(roll));
        return new double[] {
            cz * cy, cz * sy * sx - sz * cx, cz * sy * cx + sz * sx,
            sz * cy, sz * sy * sx + cz * cx, sz * sy * cx - cz * sx,
            -sy, cy * sx, cy * cx};
    }
}
