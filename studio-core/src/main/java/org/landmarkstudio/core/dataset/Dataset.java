package org.landmarkstudio.core.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * An ordered list of samples read from (or to be written as) one on-disk format, with the
 * problems found while reading.
 *
 * @param format   the id of the format it was read from ({@code wflw}, {@code lapa}, ...)
 * @param source   the path it was read from
 * @param schema   the point schema of its samples
 * @param samples  the samples that loaded, in file order
 * @param problems what was wrong with the input
 * @param skipped  how many samples were skipped because of problems
 */
public record Dataset(String format, Path source, PointSchema schema, List<FaceSample> samples,
                      List<Problem> problems, int skipped) {

    public Dataset {
        samples = List.copyOf(samples);
        problems = List.copyOf(problems);
    }

    /** A dataset built in memory, with no problems. */
    public static Dataset of(String format, Path source, PointSchema schema, List<FaceSample> samples) {
        return new Dataset(format, source, schema, samples, List.of(), 0);
    }

    public int size() {
        return samples.size();
    }

    public FaceSample get(int index) {
        return samples.get(index);
    }

    /** A copy with sample {@code index} replaced. */
    public Dataset with(int index, FaceSample sample) {
        ArrayList<FaceSample> copy = new ArrayList<>(samples);
        copy.set(index, sample);
        return new Dataset(format, source, schema, copy, problems, skipped);
    }
}
