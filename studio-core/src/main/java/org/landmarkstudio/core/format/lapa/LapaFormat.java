package org.landmarkstudio.core.format.lapa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;

/**
 * The LaPa codec: reads and writes split folders of {@code images/*.jpg},
 * {@code landmarks/*.txt} (106 points) and {@code labels/*.png}, so that LaPa faces can be
 * fixed in the studio and written back without disturbing the files that were not edited.
 *
 * <p>Reading gives one sample per landmark file in {@link org.landmarkstudio.core.schema.PointSchema#LAPA_106},
 * with no box, pose or attributes (LaPa has none). Writing to a folder puts each sample at
 * {@code <out>/<split>/landmarks/<name>.txt} (or {@code <out>/landmarks/<name>.txt} when the
 * dataset was read from a single split folder) and copies its image and label map there;
 * samples of other schemas are mapped to 106 points, the missing ones written as {@code -1 -1}.
 */
public final class LapaFormat implements DatasetFormat {

    /** The format id. */
    public static final String ID = "lapa";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "LaPa split folders: images/*.jpg, landmarks/*.txt (106 points), labels/*.png";
    }

    /** True for a folder with {@code landmarks/*.txt}, directly or in one of its subfolders. */
    @Override
    public boolean sniff(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        if (LapaSplit.hasLandmarkFiles(path)) {
            return true;
        }
        try (Stream<Path> children = Files.list(path)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                if (LapaSplit.hasLandmarkFiles(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Dataset read(Path path, ReadOptions options) throws IOException {
        return new LapaReader(options).read(path);
    }

    @Override
    public void write(Dataset dataset, Path out) throws IOException {
        new LapaWriter().write(dataset, out);
    }
}
