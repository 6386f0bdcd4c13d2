package org.landmarkstudio.engine.pipeline;

/**
 * How long each stage took for one face, in milliseconds; detection time is the image's,
 * shared by its faces.
 */
public record StageTimes(double detect, double crop, double infer) {
}
