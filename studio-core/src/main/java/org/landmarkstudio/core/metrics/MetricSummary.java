package org.landmarkstudio.core.metrics;

import java.util.List;

/**
 * Every metric of one set of predictions against their ground truth: the numbers one row of an
 * evaluation report shows (one subset, one backend).
 *
 * <p>Boxed numbers and nested records are {@code null} when there was nothing to measure, so
 * a JSON report says "not measured" rather than printing NaN or a misleading zero.
 *
 * @param samples       how many pairs were evaluated
 * @param excluded      how many of them have no NME (see {@code exclusions})
 * @param exclusions    each excluded sample and why
 * @param normalization the NME normalization
 * @param threshold     t of FR@t and AUC@t
 * @param nme           the mean NME of the measured samples, or {@code null}
 * @param fr            FR@t: the fraction of measured samples with NME above t, or {@code null}
 * @param auc           AUC@t, or {@code null}
 * @param ced           the CED from 0 to t at the reporting resolution (empty when nothing was measured)
 * @param pose          pose MAE over the pairs where both sides have a pose, or {@code null}
 * @param eyeAperture   EAR error over the closed eyes, or {@code null}
 */
public record MetricSummary(int samples, int excluded, List<Exclusion> exclusions, Normalization normalization,
                            double threshold, Double nme, Double fr, Double auc, List<CedPoint> ced,
                            PoseError pose, EyeApertureError eyeAperture) {

    public MetricSummary {
        exclusions = List.copyOf(exclusions);
        ced = List.copyOf(ced);
    }
}
