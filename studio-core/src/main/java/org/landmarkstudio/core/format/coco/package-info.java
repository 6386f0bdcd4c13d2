/**
 * The COCO keypoints codec (id {@code coco}): exports a dataset as one COCO keypoints JSON
 * file so that CVAT or Label Studio users can work on it, and imports that file (or a plain
 * COCO keypoints file from another tool) back.
 *
 * <p>The file holds one category for the dataset's point schema (its point names, its drawing
 * edges as a 1-based {@code skeleton}, and the studio's {@code landmark_schema} id), one image
 * entry per distinct image (several faces of one image share it) and one annotation per face.
 * Keypoints are {@code x, y, v} triples: {@code v = 2} for a labelled point, and
 * {@code 0, 0, 0} for an unlabelled one, as COCO marks points that are not labelled. On import,
 * {@code v = 1} (labelled but hidden) also counts as labelled, since the studio's landmarks
 * carry no visibility.
 *
 * <p>What COCO has no field for travels in the annotation's {@code attributes} object, which
 * CVAT keeps per annotation: {@code yaw}, {@code pitch}, {@code roll} (degrees) and
 * {@code pose_source}, the six WFLW flags as booleans, and {@code left_eye} / {@code right_eye}
 * ({@code open} or {@code closed}) when an eye is labelled explicitly. A face box, when the
 * sample has one, is also written as {@code face_box: [x1, y1, x2, y2]}, because
 * {@code x + w} need not give back {@code x2} exactly; a sample without a box gets its
 * landmarks' bounds as {@code bbox} and reads back without a box.
 *
 * <p>Numbers are written with Java's shortest exact double text, so an export reads back to
 * the same doubles. Image {@code width} and {@code height} come from the image file's header
 * (read with {@link javax.imageio.ImageIO} without decoding pixels); when the image is missing
 * or unreadable they are left out rather than written as 0, which would be a wrong size.
 * The {@code categories} array is written before {@code images} so that a sniffer that only
 * reads the start of a large file still finds it.
 */
package org.landmarkstudio.core.format.coco;
