package org.landmarkstudio.core.format.mat;

import java.nio.file.Path;
import java.util.Optional;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * What differs between the MAT datasets: which variable holds the landmarks, where it is, and
 * how samples are named; the shared reader and writer ask a layout these questions.
 */
interface MatLayout {

    /** The format id ({@code 300wlp}, {@code aflw2000}). */
    String formatId();

    /** The variable a sample from another format is written to. */
    LandmarkVariable variable();

    /** Where the sample of {@code mat} (found by {@code scan}) takes its data from. */
    SampleSource locate(MatFolderScan scan, Path mat, ReadOptions options, ProblemSink sink) throws DatasetException;

    /** The source {@code sample} was read from, when this layout read it. */
    Optional<SampleSource> origin(FaceSample sample);

    /**
     * The file the landmark variable of a sample read from {@code origin} goes to, when its
     * .mat is written to {@code outMat}; empty when no such file can be named.
     */
    Optional<Path> landmarkTarget(Path outMat, SampleSource origin);
}
