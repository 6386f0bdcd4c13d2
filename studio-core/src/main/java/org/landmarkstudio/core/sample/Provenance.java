package org.landmarkstudio.core.sample;

import java.nio.file.Path;

/**
 * Where a sample was read from: the dataset, the file and line (1-based; 0 when the file has
 * no lines, e.g. a .mat), and, for one-sample files such as LaPa's, the file's exact text so
 * that an unchanged sample can be written back byte for byte.
 *
 * <p>Line-based lists (WFLW, PFPLD) keep no text here: a list of 100,000 faces holds hundreds
 * of megabytes of it. Their writers read the unchanged lines back from {@code file} instead.
 *
 * @param dataset    the source dataset's name (e.g. {@code wflw}, {@code 300w-lp/IBUG})
 * @param file       the annotation file
 * @param line       1-based line number, 0 if not line based
 * @param sourceText the original text of a one-sample file, or {@code null}
 */
public record Provenance(String dataset, Path file, int line, String sourceText) {
}
