package org.landmarkstudio.sampledata;

import java.awt.image.BufferedImage;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * One generated face and its exact labels.
 *
 * @param image         the rendered image (TYPE_3BYTE_BGR), {@code imageSize} square
 * @param landmarks     the 106 LaPa points in image pixels (WFLW-98 and iBUG-68 follow through
 *                      the schema mappings); self-occluded contour points lie on the silhouette
 * @param pose          the rendering pose in degrees, source {@code SYNTHETIC}
 * @param attributes    WFLW's six flags, set truthfully from the generation parameters; no eye
 *                      labels (the eye state is for the aperture rule to find)
 * @param box           a face box around the landmarks (and forehead), in image pixels
 * @param leftEye       the true state of the image-left eye
 * @param rightEye      the true state of the image-right eye
 * @param leftOpenness  image-left eye openness, 0 closed .. 1 wide open
 * @param rightOpenness image-right eye openness
 */
public record SyntheticFace(BufferedImage image, Landmarks landmarks, HeadPose pose, FaceAttributes attributes,
                            Box box, EyeState leftEye, EyeState rightEye, double leftOpenness,
                            double rightOpenness) {
}
