package org.landmarkstudio.core.format.wflw;

import java.io.IOException;
import java.nio.file.Path;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;

/**
 * A WFLW test-subset list ({@code list_98pt_test_<subset>.txt}), format id {@code wflw-test}:
 * 197 tokens a line, 98 points and the image, no box and no flags.
 *
 * <p>The subset in the file name sets its attribute flag on every face read (see the package
 * documentation); writing drops box, attributes and pose, which this layout cannot hold.
 */
public final class WflwTestFormat implements DatasetFormat {

    private final WflwCodec codec = new WflwCodec(WflwLayout.TEST_SUBSET);

    @Override
    public String id() {
        return WflwLayout.TEST_SUBSET.formatId();
    }

    @Override
    public String description() {
        return "WFLW test-subset list: 98 points and the image per line (list_98pt_test_*.txt)";
    }

    @Override
    public boolean sniff(Path path) throws IOException {
        return codec.sniff(path);
    }

    @Override
    public Dataset read(Path path, ReadOptions options) throws IOException {
        return codec.read(path, options);
    }

    @Override
    public void write(Dataset dataset, Path out) throws IOException {
        codec.write(dataset, out);
    }
}
