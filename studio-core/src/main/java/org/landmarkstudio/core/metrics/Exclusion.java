package org.landmarkstudio.core.metrics;

/**
 * A sample left out of the NME-based metrics, and why.
 *
 * @param index  the sample's position among the pairs given to the accumulator (0-based)
 * @param reason what the ground truth lacks
 */
public record Exclusion(int index, String reason) {
}
