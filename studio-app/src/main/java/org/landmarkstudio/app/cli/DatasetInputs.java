package org.landmarkstudio.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.subset.Subset;
import org.landmarkstudio.core.subset.SubsetCatalog;
import org.landmarkstudio.core.subset.SubsetQuery;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.eyes.EyeAperture;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The dataset arguments every dataset-taking command shares: one or more paths, an optional
 * {@code --format} that overrides the sniffer, {@code --images} for the image root,
 * {@code --strict} to fail on the first problem, {@code --subset} to keep one subset and
 * {@code --eye-threshold} for what counts as a closed eye.
 */
public final class DatasetInputs {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Dataset files or folders.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F",
            description = "Dataset format (default: sniffed): wflw, wflw-test, pfpld, lapa, 300wlp, aflw2000, coco.")
    private String format;

    @Option(names = "--images", paramLabel = "DIR", description = "Folder the image paths are relative to.")
    private Path images;

    @Option(names = "--strict", description = "Fail on the first problem instead of skipping bad samples.")
    private boolean strict;

    @Option(names = "--subset", paramLabel = "QUERY",
            description = "Keep only the samples of a subset, e.g. 'closed-eye & !occlusion' or 'abs-yaw > 30'.")
    private String subset;

    @Option(names = "--eye-threshold", paramLabel = "EAR", defaultValue = "0.1",
            description = "Eye aspect ratio at or below which an eye is closed (default 0.1).")
    private double eyeThreshold;

    /** The paths given. */
    public List<Path> paths() {
        return List.copyOf(paths);
    }

    /** The closed-eye rule chosen with {@code --eye-threshold}. */
    public EyeAperture eyes() {
        if (!(eyeThreshold > 0)) {
            throw new BadInputException("--eye-threshold must be a positive eye aspect ratio, not " + eyeThreshold);
        }
        return new EyeAperture(eyeThreshold);
    }

    /** Reads every path, in order, keeping only the samples of {@code --subset} when given. */
    public List<Dataset> read() throws IOException {
        Subset keep = subset();
        DatasetFormats formats = DatasetFormats.standard();
        ReadOptions options = ReadOptions.DEFAULT.withImageRoot(images).withStrict(strict);
        List<Dataset> out = new ArrayList<>();
        for (Path p : paths) {
            Dataset d;
            try {
                d = formats.read(p, format, options);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            if (keep != null) {
                d = new Dataset(d.format(), d.source(), d.schema(),
                        d.samples().stream().filter(keep::contains).toList(), d.problems(), d.skipped());
            }
            out.add(d);
        }
        return out;
    }

    private Subset subset() {
        if (subset == null) {
            return null;
        }
        try {
            return SubsetQuery.parse(subset, new SubsetCatalog(eyes(), SubsetCatalog.DEFAULT_LARGE_POSE_DEGREES));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--subset '" + subset + "': " + e.getMessage());
        }
    }
}
