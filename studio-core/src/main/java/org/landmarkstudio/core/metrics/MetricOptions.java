package org.landmarkstudio.core.metrics;

import java.util.Objects;
import org.landmarkstudio.core.eyes.EyeAperture;

/**
 * The choices behind a set of metrics: the NME normalization, the failure threshold t of
 * FR@t and AUC@t, the reporting resolution of the CED, and what counts as a closed eye.
 *
 * @param normalization the NME normalization
 * @param threshold     t of FR@t and AUC@t (and the end of the reported CED)
 * @param cedIntervals  how many intervals the reported CED has between 0 and t
 * @param eyes          the closed-eye rule that selects the eyes of the eye-aperture error
 */
public record MetricOptions(Normalization normalization, double threshold, int cedIntervals, EyeAperture eyes) {

    /** WFLW's customary failure threshold. */
    public static final double DEFAULT_THRESHOLD = 0.1;
    /** Reported CED resolution: 20 intervals, i.e. every 0.005 for t = 0.1. */
    public static final int DEFAULT_CED_INTERVALS = 20;
    /** Inter-ocular NME, FR@0.1, AUC@0.1, a 21-point CED and the default closed-eye threshold. */
    public static final MetricOptions DEFAULT = new MetricOptions(Normalization.INTER_OCULAR,
            DEFAULT_THRESHOLD, DEFAULT_CED_INTERVALS, EyeAperture.DEFAULT);

    public MetricOptions {
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(eyes, "eyes");
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("the failure threshold must be positive and finite, got " + threshold);
        }
        if (cedIntervals < 1) {
            throw new IllegalArgumentException("the CED needs at least one interval, got " + cedIntervals);
        }
    }

    /** A copy with another normalization. */
    public MetricOptions withNormalization(Normalization other) {
        return new MetricOptions(other, threshold, cedIntervals, eyes);
    }

    /** A copy with another failure threshold. */
    public MetricOptions withThreshold(double other) {
        return new MetricOptions(normalization, other, cedIntervals, eyes);
    }
}
