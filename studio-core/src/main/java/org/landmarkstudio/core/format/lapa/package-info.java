/**
 * The LaPa dataset codec (id {@code lapa}): 106-point landmark text files beside their images
 * and face-parsing label maps.
 *
 * <p>A <em>split folder</em> holds {@code images/<name>.jpg}, {@code landmarks/<name>.txt} and
 * {@code labels/<name>.png} with the same basenames. A dataset root is either one split folder
 * or a folder whose subfolders ({@code train}, {@code val}, {@code test} or any other names)
 * are split folders. Images may also be {@code .jpeg} or {@code .png}, so that other datasets
 * exported to this layout read back; LaPa itself ships {@code .jpg}.
 *
 * <p>A landmark file holds the point count {@code 106} on its first line, then 106 lines
 * {@code x y} in original-image pixels. Because FORMATS.md could not confirm the count line,
 * a file of exactly 106 coordinate lines without it is accepted too. A different count, or a
 * number of point lines other than the count, is a problem naming the file and line.
 *
 * <p>LaPa has no placeholder for a missing point. The studio writes an unlabelled point (for
 * example one of the eight LaPa-only points of a sample that came from WFLW) as {@code -1 -1},
 * and reads a point whose two coordinates are both exactly -1 back as unlabelled.
 *
 * <p>Label maps are kept as references: the reader never decodes them, the writer copies them
 * unchanged. An unchanged landmark file is written back byte for byte from its
 * {@link org.landmarkstudio.core.sample.Provenance#sourceText() source text}; an edited one is
 * rewritten with the file's own number of decimals wherever that reproduces each number
 * exactly, and with the shortest exact decimal form elsewhere.
 */
package org.landmarkstudio.core.format.lapa;
