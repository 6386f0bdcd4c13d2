package org.landmarkstudio.core.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A codec for one published dataset format: reads it into a {@link Dataset} and writes a
 * dataset back in the same layout.
 *
 * <p>Writers are lossless for unchanged samples: the same numbers at the precision the file
 * had, the same order and the same image paths; line-based formats write an unchanged line's
 * original text verbatim.
 */
public interface DatasetFormat {

    /** Short id used by {@code --format} and in JSON ({@code wflw}, {@code pfpld}, ...). */
    String id();

    /** One-line description for help texts. */
    String description();

    /**
     * Whether {@code path} looks like this format. Cheap: looks at names and at most the first
     * line or header, never the whole file.
     */
    boolean sniff(Path path) throws IOException;

    /** Reads a dataset; bad input becomes problems (or an exception in strict mode). */
    Dataset read(Path path, ReadOptions options) throws IOException;

    /**
     * Writes {@code dataset} to {@code out} (a file or a folder, as the format needs), mapping
     * landmarks into this format's schema where needed.
     */
    void write(Dataset dataset, Path out) throws IOException;
}
