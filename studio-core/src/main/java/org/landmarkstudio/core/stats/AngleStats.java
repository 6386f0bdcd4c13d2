package org.landmarkstudio.core.stats;

/**
 * The range and mean of one pose angle over a dataset, in degrees.
 *
 * @param min  smallest value
 * @param max  largest value
 * @param mean arithmetic mean
 */
public record AngleStats(double min, double max, double mean) {
}
