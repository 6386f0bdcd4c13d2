package org.landmarkstudio.core.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.wflw.WflwFormat;

/**
 * A private copy of the repository's WFLW sample list (sample-data/sets/wflw) in a temporary
 * folder, so that tests can save over it; read with the real WFLW reader, images not checked.
 */
final class SampleSetCopy {

    /** The committed list, relative to the module folder the tests run in. */
    static final Path WFLW_LIST = Path.of("..", "sample-data", "sets", "wflw", "WFLW_annotations",
            "list_98pt_rect_attr_synthetic.txt");

    private static final ReadOptions NO_IMAGE_CHECK = new ReadOptions(null, false, false);

    private SampleSetCopy() {
    }

    /** Copies the list into {@code dir} and returns the copy's path. */
    static Path wflw(Path dir) throws IOException {
        Path copy = dir.resolve("WFLW_annotations").resolve(WFLW_LIST.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(WFLW_LIST, copy);
        return copy;
    }

    /** Reads a WFLW list with the real reader. */
    static Dataset read(Path list) throws IOException {
        return new WflwFormat().read(list, NO_IMAGE_CHECK);
    }
}
