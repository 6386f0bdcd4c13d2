/**
 * The studio's built-in sample data: a parametric 3-D face rendered under a known head pose,
 * so every landmark, angle and eye state is exact.
 *
 * <p>{@link org.landmarkstudio.sampledata.FaceGenerator} makes one
 * {@link org.landmarkstudio.sampledata.SyntheticFace} per (seed, index);
 * {@code face} holds the 3-D model, {@code render} draws it, and {@code export} writes
 * generated faces in every dataset format the studio reads.
 */
package org.landmarkstudio.sampledata;
