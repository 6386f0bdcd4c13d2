package org.landmarkstudio.core.metrics;

/**
 * The NME of one sample, or the reason the sample cannot have one.
 *
 * <p>An excluded sample is reported, never scored as zero: a silent zero would flatter every
 * metric built on the NME.
 *
 * @param value     the NME, or NaN when excluded
 * @param exclusion why the sample is excluded, or {@code null} when it was measured
 */
public record SampleNme(double value, String exclusion) {

    public SampleNme {
        if ((exclusion == null) == Double.isNaN(value)) {
            throw new IllegalArgumentException("a sample NME has either a value or an exclusion reason");
        }
    }

    /** A measured NME. */
    public static SampleNme of(double value) {
        return new SampleNme(value, null);
    }

    /** An excluded sample and why. */
    public static SampleNme excluded(String reason) {
        return new SampleNme(Double.NaN, reason);
    }

    public boolean isExcluded() {
        return exclusion != null;
    }
}
