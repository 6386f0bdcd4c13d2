package org.landmarkstudio.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.dataset.ReadOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The dataset arguments every dataset-taking command shares: one or more paths, an optional
 * {@code --format} that overrides the sniffer, {@code --images} for the image root and
 * {@code --strict} to fail on the first problem.
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

    /** The paths given. */
    public List<Path> paths() {
        return List.copyOf(paths);
    }

    /** Reads every path, in order. */
    public List<Dataset> read() throws IOException {
        DatasetFormats formats = DatasetFormats.standard();
        ReadOptions options = ReadOptions.DEFAULT.withImageRoot(images).withStrict(strict);
        List<Dataset> out = new ArrayList<>();
        for (Path p : paths) {
            try {
                out.add(formats.read(p, format, options));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return out;
    }
}
