/**
 * The parametric 3-D face: identity, expression and eye openness shape a head made of
 * horizontal slices, whose 106 LaPa landmarks, eyes, ears and hairline are exact 3-D points.
 *
 * <p>Model space is millimetres: x towards the image right of a frontal face (the subject's
 * left), y up, z towards the camera, origin between the eye corners. {@link
 * org.landmarkstudio.sampledata.face.HeadRotation} turns it by a head pose, {@link
 * org.landmarkstudio.sampledata.face.Projection} maps it into the image, and {@link
 * org.landmarkstudio.sampledata.face.ContourSilhouette} slides the jaw contour onto the visible
 * silhouette as 300W-LP does.
 */
package org.landmarkstudio.sampledata.face;
