/**
 * Head pose from landmarks: the pose panel's "Estimate from landmarks".
 *
 * <p>{@link org.landmarkstudio.engine.pose.LandmarkPoseEstimator} runs PFPLD's own pose-label
 * computation (OpenCV {@code solvePnP} with PFPLD's 14-point head model, through JavaCV), either
 * exactly as PFPLD's {@code SetPreparation.py} does it, quirks included, or with the landmarks in
 * image pixels and a camera centred on the image. {@link org.landmarkstudio.engine.pose.PnpEulerAngles}
 * holds the angles as OpenCV and PFPLD give them and turns them into the studio's
 * {@code HeadPose} convention (300W-LP {@code Pose_Para}), a mapping measured on AFLW2000-3D.
 */
package org.landmarkstudio.engine.pose;
