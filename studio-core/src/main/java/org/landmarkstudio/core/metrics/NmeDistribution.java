package org.landmarkstudio.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The NMEs of a set of samples, and the curve metrics derived from them: mean, failure rate,
 * the cumulative error distribution (CED) and the area under it (AUC).
 *
 * <p>The values are sorted once, so every CED value is a binary search. The AUC follows the
 * usual WFLW evaluation: the CED is sampled on {@code 0..t} every {@value #AUC_STEP} (the
 * threshold grid is {@code i * (t / n)} with {@code n = round(t / AUC_STEP)}, the last point
 * exactly {@code t}, as {@code numpy.linspace(0, t, n + 1)} makes it), integrated with the
 * trapezoid rule and divided by {@code t}, so a perfect model scores 1.
 */
public final class NmeDistribution {

    /** The spacing of the threshold grid used to integrate the AUC. */
    public static final double AUC_STEP = 1e-4;

    private final double[] sorted;

    /**
     * @param nmes the measured NMEs (copied); each must be finite and not negative
     */
    public NmeDistribution(double[] nmes) {
        sorted = nmes.clone();
        for (double v : sorted) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("an NME must be finite and not negative, got " + v);
            }
        }
        Arrays.sort(sorted);
    }

    /** Number of NMEs. */
    public int size() {
        return sorted.length;
    }

    /** The mean NME; NaN when empty. */
    public double mean() {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return sum / sorted.length;
    }

    /** The CED at {@code threshold}: the fraction of NMEs at or below it; NaN when empty. */
    public double fractionAtOrBelow(double threshold) {
        return (double) countAtOrBelow(threshold) / sorted.length;
    }

    /** FR@t: the fraction of NMEs strictly above {@code threshold}; NaN when empty. */
    public double failureRate(double threshold) {
        return (double) (sorted.length - countAtOrBelow(threshold)) / sorted.length;
    }

    /** AUC@t: the trapezoid integral of the CED over {@code 0..t} divided by {@code t}; NaN when empty. */
    public double auc(double threshold) {
        int n = intervals(threshold);
        double step = threshold / n;
        double previous = fractionAtOrBelow(0);
        double area = 0;
        for (int i = 1; i <= n; i++) {
            double current = fractionAtOrBelow(i == n ? threshold : i * step);
            area += (previous + current) / 2 * step;
            previous = current;
        }
        return area / threshold;
    }

    /**
     * The CED sampled at {@code intervals + 1} evenly spaced thresholds from 0 to
     * {@code maxThreshold}, for reports and plots.
     */
    public List<CedPoint> ced(double maxThreshold, int intervals) {
        if (intervals < 1) {
            throw new IllegalArgumentException("a CED needs at least one interval, got " + intervals);
        }
        double step = maxThreshold / intervals;
        List<CedPoint> points = new ArrayList<>(intervals + 1);
        for (int i = 0; i <= intervals; i++) {
            double threshold = i == intervals ? maxThreshold : i * step;
            points.add(new CedPoint(threshold, fractionAtOrBelow(threshold)));
        }
        return List.copyOf(points);
    }

    private static int intervals(double threshold) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("an AUC threshold must be positive and finite, got " + threshold);
        }
        return (int) Math.max(1, Math.round(threshold / AUC_STEP));
    }

    private int countAtOrBelow(double threshold) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= threshold) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
