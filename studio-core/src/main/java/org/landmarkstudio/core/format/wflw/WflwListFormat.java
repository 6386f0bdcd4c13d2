package org.landmarkstudio.core.format.wflw;

import java.io.IOException;
import java.nio.file.Path;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;

/**
 * What the two WFLW list formats share: each is one {@link WflwLayout} read and written by the one
 * {@link WflwCodec}; the subclasses only name the layout and describe it.
 */
abstract sealed class WflwListFormat implements DatasetFormat permits WflwFormat, WflwTestFormat {

    private final WflwLayout layout;
    private final WflwCodec codec;
    private final String description;

    WflwListFormat(WflwLayout layout, String description) {
        this.layout = layout;
        this.codec = new WflwCodec(layout);
        this.description = description;
    }

    @Override
    public String id() {
        return layout.formatId();
    }

    @Override
    public String description() {
        return description;
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
