/**
 * Point schemas (WFLW-98, LaPa-106, iBUG-68) and the mappings between them.
 *
 * <p>A {@link org.landmarkstudio.core.schema.PointSchema} knows the names, semantic groups,
 * drawing connectivity, eye contours and horizontal-flip permutation of one landmark layout.
 * A {@link org.landmarkstudio.core.schema.SchemaMapping} carries landmarks from one schema to
 * another; target points without a source become unlabelled, never a made-up coordinate.
 *
 * <p>"Left" and "right" always mean the image side (the subject's right eye is the image-left
 * eye), as in the WFLW documentation.
 */
package org.landmarkstudio.core.schema;
