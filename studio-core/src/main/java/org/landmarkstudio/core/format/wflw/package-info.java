/**
 * The WFLW annotation lists (98 points): the raw list with face box and attribute flags
 * ({@link org.landmarkstudio.core.format.wflw.WflwFormat}, id {@code wflw}, 207 tokens a line)
 * and the test-subset lists ({@link org.landmarkstudio.core.format.wflw.WflwTestFormat}, id
 * {@code wflw-test}, 197 tokens a line). FORMATS.md §1.1 describes the layout.
 *
 * <p><b>Images.</b> Image paths are relative to WFLW's {@code WFLW_images} folder. Unless
 * {@code ReadOptions.imageRoot} says otherwise, the reader looks for that folder inside the
 * list's folder and then inside each ancestor, which finds it beside {@code WFLW_annotations}
 * as WFLW unpacks. A missing image is a warning; the sample still loads.
 *
 * <p><b>Unlabelled points.</b> WFLW has no placeholder for a missing point, but the studio can
 * hold partly labelled faces (mapped from 68 or 106 points, or un-labelled by an annotator).
 * They are written as {@code -256.000000 -256.000000}, PFPLD's placeholder, and a point whose x
 * and y are both exactly -256 reads back as unlabelled. A real point at (-256, -256) cannot
 * occur inside an image, so nothing real is lost.
 *
 * <p><b>Lossless writing.</b> A sample read from a WFLW list whose source line still parses to
 * exactly what the sample would be written as is written as that line, byte for byte. Every
 * other sample is formatted: coordinates with 6 decimals (WFLW's precision, rounded from the
 * exact binary value), the box and flags as integers; samples of other schemas are mapped to
 * WFLW-98 first. In an edited line, the points and box the edit did not touch keep the text
 * of the source line, so only the edited tokens change. The raw layout needs a box: a sample without one gets the floor/ceiling of its
 * labelled landmarks' bounds; a fractional box is widened the same way. Lines keep sample order
 * and end with {@code \n}. Pose and eye labels are not part of WFLW and are not written. Image
 * paths are written as read ({@code ImageRef.written}).
 *
 * <p><b>Bad input.</b> Each line that does not fit (wrong token count, a token that is not a
 * number, NaN or infinity, a box corner that is not an integer, an attribute that is not 0 or
 * 1, an invalid path) is reported with the file and its 1-based line, naming the 0-based token
 * index and text, and skipped; strict reading throws on the first one. Lines holding only
 * whitespace are skipped silently wherever they are: they carry no face, and editors often
 * leave one at the end. A file with no non-blank line is reported as
 * {@code "empty file, expected WFLW lines"}.
 *
 * <p><b>Test subsets.</b> WFLW's README says a list named {@code list_98pt_test_<attribute>.txt}
 * holds the faces whose {@code <attribute>} flag is 1 ({@code largepose} is the pose flag), so
 * reading such a list sets that flag on each face; its other flags are unknown and stay clear.
 */
package org.landmarkstudio.core.format.wflw;
