package org.landmarkstudio.core.trainset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.landmarkstudio.core.dataset.Problem;

/**
 * What a training-set build produced.
 *
 * @param list     the PFPLD list file written
 * @param rows     rows written per source
 * @param faces    input faces used per source (LaPa: those with a closed eye)
 * @param filtered LaPa faces left out because both eyes are open
 * @param problems input faces that could not be cropped (unreadable image, no landmarks)
 */
public record TrainingSetReport(Path list, Map<TrainingSource, Integer> rows, Map<TrainingSource, Integer> faces,
                                int filtered, List<Problem> problems) {

    public TrainingSetReport {
        rows = Map.copyOf(rows);
        faces = Map.copyOf(faces);
        problems = List.copyOf(problems);
    }

    /** All rows written. */
    public int totalRows() {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }
}
