package org.landmarkstudio.sampledata.export;

import java.nio.file.Path;

/**
 * What a synthetic-set export wrote.
 *
 * @param format  the dataset format id
 * @param dataset the path to open the set with (list file or folder)
 * @param faces   how many faces were generated
 */
public record SyntheticSetReport(String format, Path dataset, int faces) {
}
