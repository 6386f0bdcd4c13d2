package org.landmarkstudio.core.format.mat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * Writes a dataset as a MAT dataset folder: one .mat per sample (plus a sidecar where the
 * layout keeps landmarks apart) and a copy of each image that exists, so the folder is
 * complete and reads back as the same samples.
 */
final class MatDatasetWriter {

    private final MatLayout layout;

    MatDatasetWriter(MatLayout layout) {
        this.layout = layout;
    }

    /** Writes every sample of {@code dataset} below {@code outDir}. */
    void write(Dataset dataset, Path outDir) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        MatSampleWriter writer = new MatSampleWriter(layout.variable());
        Set<String> taken = new HashSet<>();
        for (FaceSample sample : dataset.samples()) {
            SampleTarget target = SampleTarget.allocate(root, sample, taken);
            Optional<SampleSource> origin = layout.origin(sample);
            if (origin.isPresent()) {
                writer.writeRead(sample, origin.get(), target.mat(), landmarkTarget(root, target, origin.get()));
            } else {
                writer.writeConverted(sample, target.mat());
            }
            Path image = sample.image().resolved();
            if (image != null && Files.isRegularFile(image)) {
                MatSampleWriter.copy(image, target.image());
            }
        }
    }

    private Path landmarkTarget(Path root, SampleTarget target, SampleSource origin) throws DatasetException {
        return layout.landmarkTarget(target.mat(), origin).map(Path::normalize).filter(p -> p.startsWith(root))
                .orElseThrow(() -> new DatasetException(Problem.atVariable(origin.landmarkFile(),
                        origin.variable().variable(), "its file cannot be placed inside " + root
                                + "; expected the sample's image path to name its subset folder")));
    }
}
