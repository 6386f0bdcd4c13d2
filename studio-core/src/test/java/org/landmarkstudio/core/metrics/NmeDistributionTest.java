package org.landmarkstudio.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NmeDistributionTest {

    /**
     * Sixteen NMEs drawn once with numpy ({@code default_rng(7).gamma(2.0, 0.035, 16)}, rounded
     * to 7 decimals) plus 0.1372519, 0.2214036 and exactly 0.1 (on the threshold: not a failure).
     */
    static final double[] NMES = {0.0583889, 0.0468025, 0.0401065, 0.0610933, 0.0387998, 0.0833841,
        0.0632273, 0.0570216, 0.0162371, 0.0084153, 0.0177612, 0.0657066, 0.0561692, 0.0129125,
        0.0652204, 0.0288874, 0.1372519, 0.2214036, 0.1};

    // numpy 2.4.6: th = np.linspace(0, t, n + 1) with n = 1000 (t = 0.1) or 800 (t = 0.08);
    // ced = [(nmes <= x).mean() for x in th]; auc = np.trapezoid(ced, th) / t; fr = (nmes > t).mean()
    static final double AUC_AT_0_1 = 0.46307894736842115;
    static final double FR_AT_0_1 = 0.10526315789473684;
    static final double AUC_AT_0_08 = 0.3704934210526316;
    static final double FR_AT_0_08 = 0.21052631578947367;
    static final double MEAN = 0.062041536842105276;
    // numpy: [(nmes <= x).mean() for x in np.linspace(0, 0.1, 21)]
    static final double[] CED_EVERY_0_005 = {0.0, 0.0, 0.05263157894736842, 0.10526315789473684,
        0.21052631578947367, 0.21052631578947367, 0.2631578947368421, 0.2631578947368421,
        0.3157894736842105, 0.3684210526315789, 0.42105263157894735, 0.42105263157894735,
        0.5789473684210527, 0.6842105263157895, 0.7894736842105263, 0.7894736842105263,
        0.7894736842105263, 0.8421052631578947, 0.8421052631578947, 0.8421052631578947,
        0.8947368421052632};

    private final NmeDistribution distribution = new NmeDistribution(NMES);

    @Test
    void aucAndFailureRateMatchNumpy() {
        assertEquals(AUC_AT_0_1, distribution.auc(0.1), 1e-12);
        assertEquals(FR_AT_0_1, distribution.failureRate(0.1), 1e-15);
        assertEquals(AUC_AT_0_08, distribution.auc(0.08), 1e-12);
        assertEquals(FR_AT_0_08, distribution.failureRate(0.08), 1e-15);
        assertEquals(MEAN, distribution.mean(), 1e-15);
    }

    @Test
    void cedMatchesNumpyOnTheReportingGrid() {
        List<CedPoint> ced = distribution.ced(0.1, 20);
        assertEquals(21, ced.size());
        for (int i = 0; i <= 20; i++) {
            assertEquals(i * 0.005, ced.get(i).threshold(), 1e-15);
            assertEquals(CED_EVERY_0_005[i], ced.get(i).fraction(), 1e-15, "at " + ced.get(i).threshold());
        }
        assertEquals(0.1, ced.get(20).threshold());
    }

    @Test
    void failureRateIsOneMinusTheCedAtTheThreshold() {
        assertEquals(1 - distribution.fractionAtOrBelow(0.1), distribution.failureRate(0.1), 1e-15);
    }

    @Test
    void perfectPredictionsScoreAucOne() {
        NmeDistribution perfect = new NmeDistribution(new double[] {0, 0, 0});
        assertEquals(1, perfect.auc(0.1), 1e-12);
        assertEquals(0, perfect.failureRate(0.1));
    }

    @Test
    void rejectsNegativeOrNanErrors() {
        assertThrows(IllegalArgumentException.class, () -> new NmeDistribution(new double[] {0.1, -0.01}));
        assertThrows(IllegalArgumentException.class, () -> new NmeDistribution(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> distribution.auc(0));
    }
}
