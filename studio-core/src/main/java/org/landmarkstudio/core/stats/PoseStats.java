package org.landmarkstudio.core.stats;

/**
 * The head-pose angles of the samples that have a pose.
 *
 * @param samples how many samples have a pose
 * @param yaw     yaw statistics
 * @param pitch   pitch statistics
 * @param roll    roll statistics
 */
public record PoseStats(int samples, AngleStats yaw, AngleStats pitch, AngleStats roll) {
}
