package org.landmarkstudio.core.format.mat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Reads a folder (or one file) of a MAT dataset: scans it, reports images that have no .mat,
 * and reads each .mat where its {@link MatLayout} says the data is.
 */
final class MatDatasetReader {

    private final MatLayout layout;

    MatDatasetReader(MatLayout layout) {
        this.layout = layout;
    }

    /** The dataset at {@code path}, with every problem found (or an exception in strict mode). */
    Dataset read(Path path, ReadOptions options) throws IOException {
        ProblemSink sink = new ProblemSink(options.strict());
        MatFolderScan scan = MatFolderScan.of(path);
        if (scan.mats().isEmpty()) {
            sink.warn(Problem.ofFile(path, "no .mat files found; expected <name>.mat files with their <name>.jpg "
                    + "images in this folder or its subfolders"));
        }
        if (options.checkImages()) {
            for (Path image : scan.unpairedImages()) {
                sink.warn(Problem.ofFile(image, "image without annotation: expected "
                        + MatFolderScan.stem(image) + ".mat beside it"));
            }
        }
        MatSampleReader reader = new MatSampleReader(sink, options.checkImages());
        List<FaceSample> samples = new ArrayList<>();
        for (Path mat : scan.mats()) {
            reader.read(layout.locate(scan, mat, options, sink)).ifPresent(samples::add);
        }
        return new Dataset(layout.formatId(), path, PointSchema.IBUG_68, samples, sink.problems(), sink.skipped());
    }
}
