package org.landmarkstudio.core.format.wflw;

import java.io.IOException;
import java.nio.file.Path;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;

/**
 * The raw WFLW list ({@code list_98pt_rect_attr_{train,test}.txt}), format id {@code wflw}:
 * 207 tokens a line, 98 points, the face box and the six attribute flags.
 *
 * <p>See the package documentation for image lookup, unlabelled points and lossless writing.
 */
public final class WflwFormat implements DatasetFormat {

    private final WflwCodec codec = new WflwCodec(WflwLayout.RECT_ATTR);

    @Override
    public String id() {
        return WflwLayout.RECT_ATTR.formatId();
    }

    @Override
    public String description() {
        return "WFLW raw list: 98 points, face box and 6 attribute flags per line (list_98pt_rect_attr_*.txt)";
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
