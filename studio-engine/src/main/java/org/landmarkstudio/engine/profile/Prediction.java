package org.landmarkstudio.engine.profile;

import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * What a model says about one face crop.
 *
 * @param landmarks the landmarks in crop-normalized coordinates (0..1 of the crop)
 * @param pose      the head pose in degrees, or {@code null} when the model has no pose output
 */
public record Prediction(Landmarks landmarks, HeadPose pose) {
}
