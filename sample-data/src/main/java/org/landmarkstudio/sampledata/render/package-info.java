/**
 * Draws a projected {@link org.landmarkstudio.sampledata.face.FaceShape} with Java2D: a
 * background scene, shoulders, neck, hair, a shaded head, ears, brows, eyes, nose and lips,
 * make-up, occluders and camera degradations (exposure, blur, noise, JPEG).
 *
 * <p>Every facial feature is drawn from the same projected landmarks that label it, so the
 * labels and the picture agree by construction. Rendering uses Java2D primitives only
 * (antialiased shapes, gradient paints, small per-face textures); only blur walks the pixels.
 * {@link org.landmarkstudio.sampledata.render.ContactSheet} tiles generated faces for a look.
 */
package org.landmarkstudio.sampledata.render;
