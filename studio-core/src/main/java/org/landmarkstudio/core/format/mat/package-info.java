/**
 * The MATLAB-file datasets: 300W-LP ({@link org.landmarkstudio.core.format.mat.Lp300wFormat}) and
 * AFLW2000-3D ({@link org.landmarkstudio.core.format.mat.Aflw2000Format}), one {@code <name>.mat}
 * beside each {@code <name>.jpg}, 68 iBUG points and a 3DMM {@code Pose_Para}.
 *
 * <p>Reading turns {@code Pose_Para}'s (pitch, yaw, roll) in radians into a
 * {@link org.landmarkstudio.core.sample.HeadPose} in degrees at the file boundary
 * ({@link org.landmarkstudio.core.format.mat.PoseParameters}). Writing is lossless: a sample
 * that was read from a .mat is written back as a copy of that file in which only the landmark
 * variable and {@code Pose_Para} are replaced, and only when their values changed, so every
 * other variable (Shape_Para, Exp_Para, roi, ...) and every unchanged number stays exactly as
 * the dataset's authors saved it. An unchanged sample's file is copied byte for byte.
 *
 * <p>A 68-point MAT matrix has no placeholder convention for a missing point. The studio uses
 * AFLW's own: the original 21-point {@code pt2d} of AFLW2000-3D marks missing points with -1
 * for both coordinates, so a point whose x and y are both exactly -1 reads as unlabelled, and
 * an unlabelled point is written as (-1, -1). Non-finite coordinates also read as unlabelled,
 * with a problem.
 */
package org.landmarkstudio.core.format.mat;
