package org.landmarkstudio.core.metrics;

/**
 * The mean absolute head-pose error per angle, in degrees.
 *
 * <p>Differences are plain {@code |predicted - labelled|} without wrapping at ±180°, as
 * PFPLD's {@code train.py} measures them: face poses stay well inside ±90°, where wrapping
 * never applies.
 *
 * @param samples how many samples had a pose in both the ground truth and the prediction
 * @param yaw     mean absolute yaw error
 * @param pitch   mean absolute pitch error
 * @param roll    mean absolute roll error
 */
public record PoseError(int samples, double yaw, double pitch, double roll) {
}
