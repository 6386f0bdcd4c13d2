package org.landmarkstudio.app.gui.gallery;

import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * The badges a gallery tile shows for a face: closed eyes, where the head points, unsaved edits,
 * and its WFLW attribute flags, each as a short text with a style class and a tooltip.
 *
 * <p>Pose arrows follow the studio's sign convention (that of 300W-LP and PFPLD's
 * {@code plot_pose_cube}): positive yaw turns the face towards the image left, positive pitch
 * raises it; a pose within 15 degrees of frontal gets no arrow.
 */
public final class FaceBadges {

    /** Degrees beyond which a tile shows a pose arrow. */
    static final double POSE_ARROW_DEGREES = 15;

    /**
     * One badge.
     *
     * @param text what the badge says
     * @param styleClass its look
     * @param tooltip the longer explanation
     */
    public record Badge(String text, String styleClass, String tooltip) {
    }

    private FaceBadges() {
    }

    /** The badges of {@code sample}; {@code edited} adds the unsaved-edits badge. */
    public static List<Badge> of(FaceSample sample, boolean edited) {
        List<Badge> out = new ArrayList<>();
        EyeState left = EyeAperture.DEFAULT.leftState(sample);
        EyeState right = EyeAperture.DEFAULT.rightState(sample);
        boolean leftClosed = left == EyeState.CLOSED;
        boolean rightClosed = right == EyeState.CLOSED;
        if (leftClosed || rightClosed) {
            String which = leftClosed && rightClosed ? "both eyes" : leftClosed ? "left eye" : "right eye";
            out.add(new Badge(leftClosed && rightClosed ? "◡◡" : leftClosed ? "◡·" : "·◡", "badge-closed-eye",
                    which + " closed"));
        }
        HeadPose pose = sample.pose();
        if (pose != null) {
            String arrow = poseArrow(pose);
            if (!arrow.isEmpty()) {
                out.add(new Badge(arrow, "badge-pose", String.format(java.util.Locale.ROOT,
                        "yaw %.0f°, pitch %.0f°, roll %.0f°", pose.yaw(), pose.pitch(), pose.roll())));
            }
        }
        if (edited) {
            out.add(new Badge("●", "badge-edited", "unsaved edits"));
        }
        for (WflwAttribute a : WflwAttribute.values()) {
            if (sample.attributes().has(a)) {
                out.add(new Badge(a.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT), "badge-attribute",
                        a.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return out;
    }

    static String poseArrow(HeadPose pose) {
        StringBuilder s = new StringBuilder();
        if (pose.yaw() > POSE_ARROW_DEGREES) {
            s.append('◀');
        } else if (pose.yaw() < -POSE_ARROW_DEGREES) {
            s.append('▶');
        }
        if (pose.pitch() > POSE_ARROW_DEGREES) {
            s.append('▲');
        } else if (pose.pitch() < -POSE_ARROW_DEGREES) {
            s.append('▼');
        }
        return s.toString();
    }
}
