package org.landmarkstudio.core.metrics;

/**
 * How far the predicted eye aspect ratio (EAR) is from the labelled one on closed eyes.
 *
 * <p>It is measured per eye, not per face: each eye whose ground-truth state is closed counts
 * once, so a face with both eyes closed counts twice and a face with one closed eye counts
 * only that eye. The open eye of a half-closed face says nothing about the failure this
 * measures: a model that keeps closed eyes open. The signed mean shows that direction: a
 * positive value means the model opens closed eyes.
 *
 * @param eyes          how many closed eyes were measured
 * @param meanAbsError  mean of {@code |predicted EAR - labelled EAR|}
 * @param meanSignedError mean of {@code predicted EAR - labelled EAR}
 */
public record EyeApertureError(int eyes, double meanAbsError, double meanSignedError) {
}
