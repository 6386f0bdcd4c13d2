package org.landmarkstudio.core.metrics;

/**
 * One point of a cumulative error distribution (CED) curve.
 *
 * @param threshold an NME threshold
 * @param fraction  the fraction of measured samples whose NME is at or below it
 */
public record CedPoint(double threshold, double fraction) {
}
