package org.landmarkstudio.engine.pipeline;

import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * One face found in an image: the detector's box and score, the model's landmarks in image
 * pixels and its pose in degrees ({@code null} when the model has no pose output).
 */
public record FaceResult(Box box, double score, Landmarks landmarks, HeadPose pose, StageTimes ms) {
}
