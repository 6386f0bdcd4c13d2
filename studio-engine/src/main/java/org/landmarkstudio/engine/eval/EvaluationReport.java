package org.landmarkstudio.engine.eval;

import java.util.Map;
import org.landmarkstudio.core.metrics.MetricSummary;

/**
 * The metrics of one model on one dataset: overall and for each subset that has samples.
 *
 * @param backend the backend that ran the model
 * @param schema  the point schema the metrics were computed in
 * @param overall every sample
 * @param subsets per subset, in the catalog's order
 */
public record EvaluationReport(String backend, String schema, MetricSummary overall,
                               Map<String, MetricSummary> subsets) {

    public EvaluationReport {
        subsets = Map.copyOf(subsets);
    }
}
