package org.landmarkstudio.sampledata;

import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.sampledata.face.HeadRotation;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * Geometric checks of a pose label against 68-point landmarks, the same for real AFLW2000 faces
 * and generated ones: which way the nose tip sits from the eyes (yaw), how far down the
 * eye-to-mouth line it sits (pitch), and the angle of the eye-corner line (roll).
 */
final class PoseSigns {

    /** Smallest |yaw| whose sign is checked. */
    static final double YAW_MIN = 10;
    /** Largest |yaw| whose sign is checked: in profile the eye corners meet and the eye line has no direction. */
    static final double YAW_MAX = 75;
    /** Smallest |pitch| whose sign is checked. */
    static final double PITCH_MIN = 15;
    /**
     * Largest |angle| of the other two axes at which a sign is checked: beyond it the Euler
     * angles couple and one cue no longer shows one angle.
     */
    static final double OTHER_MAX = 25;
    /**
     * Largest image angle of the eye line at which the nose offset along it shows the yaw: a
     * turned head that also tilts makes the eye line steep, and the offset then mixes all three
     * angles.
     */
    static final double EYE_LINE_MAX = 30;
    /** Largest |yaw| at which the pitch sign is checked (a profile hides the vertical cue). */
    static final double PITCH_YAW_MAX = 40;
    /** Largest |yaw| at which the eye line is compared (the eye corners come together in profile). */
    static final double ROLL_YAW_MAX = 60;
    /** The nose tip's share of the way from the eyes to the mouth on a level face. */
    static final double LEVEL_NOSE_SHARE = 0.52;
    /** Largest allowed difference between the eye-line angle and the one the rotation predicts. */
    static final double ROLL_TOLERANCE = 3;

    private PoseSigns() {
    }

    /** The nose tip's offset from the eye-corner midpoint along the eye line, in eye-corner distances. */
    static double noseOffset(Landmarks l) {
        double ex = l.x(45) - l.x(36);
        double ey = l.y(45) - l.y(36);
        double iod = Math.hypot(ex, ey);
        double mx = (l.x(36) + l.x(45)) / 2;
        double my = (l.y(36) + l.y(45)) / 2;
        return ((l.x(30) - mx) * ex + (l.y(30) - my) * ey) / (iod * iod);
    }

    /** The nose tip's share of the way from the eye-corner midpoint to the mouth-corner midpoint. */
    static double noseShare(Landmarks l) {
        double ex = (l.x(36) + l.x(45)) / 2;
        double ey = (l.y(36) + l.y(45)) / 2;
        double mx = (l.x(48) + l.x(54)) / 2 - ex;
        double my = (l.y(48) + l.y(54)) / 2 - ey;
        return ((l.x(30) - ex) * mx + (l.y(30) - ey) * my) / (mx * mx + my * my);
    }

    /** The image angle of the line from the image-left to the image-right outer eye corner, degrees. */
    static double eyeLineAngle(Landmarks l) {
        return Math.toDegrees(Math.atan2(l.y(45) - l.y(36), l.x(45) - l.x(36)));
    }

    /** The image angle of the face's x axis under {@link HeadRotation}, degrees. */
    static double predictedEyeLineAngle(HeadPose pose) {
        Point3 axis = HeadRotation.of(pose.yaw(), pose.pitch(), pose.roll()).apply(new Point3(1, 0, 0));
        return Math.toDegrees(Math.atan2(-axis.y(), axis.x()));
    }

    static boolean yawChecked(HeadPose pose) {
        return Math.abs(pose.yaw()) >= YAW_MIN && Math.abs(pose.yaw()) <= YAW_MAX && Math.abs(pose.pitch()) <= OTHER_MAX
                && Math.abs(pose.roll()) <= OTHER_MAX;
    }

    static boolean pitchChecked(HeadPose pose) {
        return Math.abs(pose.pitch()) >= PITCH_MIN && Math.abs(pose.yaw()) <= PITCH_YAW_MAX
                && Math.abs(pose.roll()) <= OTHER_MAX;
    }

    static boolean rollChecked(HeadPose pose) {
        return Math.abs(pose.yaw()) <= ROLL_YAW_MAX;
    }

    /** Null when the label agrees with the landmarks, else what disagrees. */
    static String disagreement(Landmarks l, HeadPose pose) {
        if (l.schema() != PointSchema.IBUG_68) {
            throw new IllegalArgumentException("pose checks use iBUG-68 points");
        }
        if (yawChecked(pose) && Math.abs(eyeLineAngle(l)) <= EYE_LINE_MAX
                && Math.signum(noseOffset(l)) != -Math.signum(pose.yaw())) {
            return "yaw " + pose.yaw() + " but nose offset " + noseOffset(l);
        }
        if (pitchChecked(pose) && Math.signum(LEVEL_NOSE_SHARE - noseShare(l)) != Math.signum(pose.pitch())) {
            return "pitch " + pose.pitch() + " but nose share " + noseShare(l);
        }
        double predicted = predictedEyeLineAngle(pose);
        if (rollChecked(pose) && Math.abs(eyeLineAngle(l) - predicted) > ROLL_TOLERANCE) {
            return "roll: eye line at " + eyeLineAngle(l) + " degrees, the pose predicts " + predicted;
        }
        return null;
    }
}
