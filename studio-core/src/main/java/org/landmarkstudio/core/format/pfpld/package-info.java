/**
 * PFPLD's processed list format ({@link org.landmarkstudio.core.format.pfpld.PfpldFormat}, id
 * {@code pfpld}): the training and test {@code list.txt} that PFPLD's data loader reads, one
 * 112×112 face crop a line (FORMATS.md §1.8).
 *
 * <p><b>Row.</b> Image path (relative to the list's folder unless absolute;
 * {@code ReadOptions.imageRoot} overrides the folder), 196 coordinates normalized to [0, 1] of
 * the crop, six attribute flags in WFLW order, three Euler angles in degrees, and an optional
 * type flag: 206 or 207 tokens. A point whose x and y are both -256 is unlabelled.
 *
 * <p><b>Unit.</b> The studio stores these landmarks in crop pixels, normalized ×
 * {@link org.landmarkstudio.core.format.pfpld.PfpldFormat#CROP_SIZE} (112), so that they share
 * the unit of the crop image they annotate; the writer divides by 112 again. The writer does
 * not crop: a sample written to a PFPLD list must already be in 112-crop pixels (the
 * training-set builder makes such samples).
 *
 * <p><b>Angles and row kinds.</b> The type flag is a
 * {@link org.landmarkstudio.core.format.pfpld.PfpldRowKind}. Rows flagged {@code 0} (300W-LP)
 * and {@code -1} (pose only) hold [yaw, pitch, roll]; rows flagged {@code -2} and rows with no
 * flag (SetPreparation's WFLW output) hold [pitch, yaw, roll]. The reader undoes the order, so
 * every pose is (yaw, pitch, roll) with source {@code PFPLD_LIST}. PFPLD does not train the pose
 * of {@code -2} and unflagged rows, and their producers write 0 0 0 when they have none: on
 * those rows exactly 0 0 0 reads as "no pose" ({@code null}). The writer writes
 * {@code 0.0 0.0 0.0} for a sample without a pose, on every kind of row.
 *
 * <p><b>Lossless writing.</b> A sample read from a PFPLD list whose source line still parses to
 * exactly what the sample would be written as is written as that line, byte for byte. In an
 * edited row the points and angles the edit did not touch keep their source text. Everything
 * else is formatted with Python's {@code str(float)} notation (the shortest decimal that parses
 * back to the same double: {@code 0.5}, {@code -256.0}, {@code 1e-05}); a coordinate is written
 * as {@code pixels / 112} whenever that reads back to the same crop pixels. Some crop-pixel
 * values (e.g. 14.5) are 112 times no double at all; they read back within one unit in the
 * last place, and the list is stable from then on. A
 * sample from a PFPLD list keeps its row kind; any other sample becomes {@code -1} without
 * labelled landmarks, {@code 0} when it has iBUG-68 points (mapped 68→98, the other slots
 * -256), else {@code -2} (LaPa-106 is mapped to 98). Image paths are written as read
 * ({@code ImageRef.written}); eye labels and the face box are not part of the format.
 *
 * <p><b>Bad input.</b> A line with a token count other than 206 or 207, a non-number, NaN or
 * infinity, an attribute that is not 0 or 1, or a type flag other than -2, 0 or -1 is reported
 * with file and 1-based line, naming the 0-based token index and text, and skipped; a missing
 * image is a warning and the sample still loads; strict reading throws on the first problem.
 * Whitespace-only lines are skipped silently; a file without any other line is a problem.
 */
package org.landmarkstudio.core.format.pfpld;
