package org.landmarkstudio.core.sample;

import java.nio.file.Path;

/**
 * Where a sample was read from: the dataset, the file and line (1-based; 0 when the file has
 * no lines, e.g. a .mat), and the exact source text when the format is line based, so that
 * an unchanged sample can be written back byte for byte.
 *
 * @param dataset    the source dataset's name (e.g. {@code wflw}, {@code 300w-lp/IBUG})
 * @param file       the annotation file
 * @param line       1-based line number, 0 if not line based
 * @param sourceText the original line, or {@code null}
 */
public record Provenance(String dataset, Path file, int line, String sourceText) {
}
