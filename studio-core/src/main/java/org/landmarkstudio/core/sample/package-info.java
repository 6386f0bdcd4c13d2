/**
 * One annotated face and its parts: {@link org.landmarkstudio.core.sample.Landmarks},
 * {@link org.landmarkstudio.core.sample.HeadPose},
 * {@link org.landmarkstudio.core.sample.FaceAttributes} and
 * {@link org.landmarkstudio.core.sample.FaceSample} itself. All are immutable values; an edit
 * makes a new value.
 *
 * <p>Coordinates are in original-image pixels with the origin at the top-left corner of the
 * top-left pixel, as WFLW and the other datasets write them; angles are in degrees.
 */
package org.landmarkstudio.core.sample;
