package org.landmarkstudio.core.format.mat;

import java.nio.file.Path;
import java.util.Optional;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Provenance;

/**
 * The AFLW2000-3D layout: {@code <image>.mat} beside {@code <image>.jpg}, landmarks in rows 0-1
 * of {@code pt3d_68}; the file's 2x21 {@code pt2d} is AFLW's own point set and is passed
 * through untouched.
 */
final class Aflw2000Layout implements MatLayout {

    static final String FORMAT_ID = "aflw2000";
    private static final String DATASET = "aflw2000";

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public LandmarkVariable variable() {
        return LandmarkVariable.PT3D_68;
    }

    @Override
    public SampleSource locate(MatFolderScan scan, Path mat, ReadOptions options, ProblemSink sink) {
        return new SampleSource(mat, mat, LandmarkVariable.PT3D_68, scan.imageOf(mat, options.imageRoot()),
                new Provenance(DATASET, mat, 0, null));
    }

    @Override
    public Optional<SampleSource> origin(FaceSample sample) {
        Provenance provenance = sample.provenance();
        if (provenance.file() == null || !DATASET.equals(provenance.dataset())) {
            return Optional.empty();
        }
        return Optional.of(new SampleSource(provenance.file(), provenance.file(), LandmarkVariable.PT3D_68,
                sample.image(), provenance));
    }

    @Override
    public Optional<Path> landmarkTarget(Path outMat, SampleSource origin) {
        return Optional.of(outMat);
    }
}
