package org.landmarkstudio.engine.eval;

import java.util.List;
import java.util.Map;
import org.landmarkstudio.core.metrics.MetricSummary;
import org.landmarkstudio.core.sample.Provenance;

/**
 * The metrics of one model on one dataset: overall and for each subset that has samples.
 *
 * @param backend the backend that ran the model
 * @param schema  the point schema the metrics were computed in
 * @param overall every sample
 * @param subsets per subset, in the catalog's order
 * @param missed  the labelled faces the detector did not find ({@link CropSource#DETECTOR} only;
 *                they are in no metric, so {@code overall.samples() + missed.size()} is the
 *                dataset's face count)
 */
public record EvaluationReport(String backend, String schema, MetricSummary overall,
                               Map<String, MetricSummary> subsets, List<Provenance> missed) {

    /** Copies the collections. */
    public EvaluationReport {
        subsets = Map.copyOf(subsets);
        missed = List.copyOf(missed);
    }
}
