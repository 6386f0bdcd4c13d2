package org.landmarkstudio.core.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.coco.CocoFormat;
import org.landmarkstudio.core.format.lapa.LapaFormat;
import org.landmarkstudio.core.format.mat.Aflw2000Format;
import org.landmarkstudio.core.format.mat.Lp300wFormat;
import org.landmarkstudio.core.format.pfpld.PfpldFormat;
import org.landmarkstudio.core.format.wflw.WflwFormat;
import org.landmarkstudio.core.format.wflw.WflwTestFormat;

/**
 * The dataset formats the studio reads and writes, and the sniffer that picks one for a path.
 */
public final class DatasetFormats {

    private final List<DatasetFormat> formats;

    public DatasetFormats(List<DatasetFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every format the studio ships, in sniffing order (most specific first). */
    public static DatasetFormats standard() {
        return new DatasetFormats(List.of(new Aflw2000Format(), new Lp300wFormat(), new LapaFormat(), new CocoFormat(),
                new WflwFormat(), new WflwTestFormat(), new PfpldFormat()));
    }

    public List<DatasetFormat> all() {
        return formats;
    }

    /**
     * The format with this id.
     *
     * @throws IllegalArgumentException naming the known ids
     */
    public DatasetFormat byId(String id) {
        for (DatasetFormat f : formats) {
            if (f.id().equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'; known formats: " + ids());
    }

    /**
     * The first format that recognises {@code path}.
     *
     * @throws DatasetException when the path does not exist or no format recognises it
     */
    public DatasetFormat sniff(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new DatasetException(Problem.ofFile(path, "no such file or folder"));
        }
        for (DatasetFormat f : formats) {
            if (f.sniff(path)) {
                return f;
            }
        }
        throw new DatasetException(Problem.ofFile(path,
                "cannot tell which dataset format this is; name it with --format (" + ids() + ")"));
    }

    /** Reads {@code path} with the named format, or the sniffed one when {@code formatId} is null. */
    public Dataset read(Path path, String formatId, ReadOptions options) throws IOException {
        DatasetFormat format = formatId == null ? sniff(path) : byId(formatId);
        return format.read(path, options);
    }

    /** The known ids, comma separated. */
    public String ids() {
        StringJoiner joiner = new StringJoiner(", ");
        formats.forEach(f -> joiner.add(f.id()));
        return joiner.toString();
    }
}
