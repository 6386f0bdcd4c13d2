package org.landmarkstudio.core.metrics;

import java.util.Objects;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * A labelled face and what a model predicted for it, in the same point schema.
 *
 * @param groundTruth the labelled sample
 * @param prediction  the predicted sample: complete landmarks, and a pose when the model has one
 */
public record EvaluationPair(FaceSample groundTruth, FaceSample prediction) {

    public EvaluationPair {
        Objects.requireNonNull(groundTruth, "groundTruth");
        Objects.requireNonNull(prediction, "prediction");
    }
}
