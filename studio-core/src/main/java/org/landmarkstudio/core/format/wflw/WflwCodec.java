package org.landmarkstudio.core.format.wflw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.text.LinePerSampleFile;
import org.landmarkstudio.core.format.text.LineTokens;
import org.landmarkstudio.core.format.text.SourceRow;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/** Reads, writes and sniffs WFLW lists in one {@link WflwLayout}; the two public formats wrap it. */
final class WflwCodec {

    /** The provenance dataset name of samples read from either WFLW layout. */
    static final String DATASET = "wflw";

    private final WflwLayout layout;

    WflwCodec(WflwLayout layout) {
        this.layout = layout;
    }

    /**
     * A {@code .txt} file whose first non-blank line has this layout's token count, starts with
     * a number and ends with something that is not a number (the image path). The last two
     * checks keep PFPLD lists, whose first token is the image, out.
     */
    boolean sniff(Path path) throws IOException {
        Optional<LineTokens> first = LinePerSampleFile.firstLineTokens(path);
        return first.isPresent() && first.get().count() == layout.tokenCount()
                && LineTokens.isDecimal(first.get().first()) && !LineTokens.isDecimal(first.get().last());
    }

    Dataset read(Path path, ReadOptions options) throws IOException {
        Path root = options.imageRoot() != null ? options.imageRoot() : WflwImageRoot.find(path);
        FaceAttributes subsetAttributes = WflwTestSubset.attributesOf(path);
        return LinePerSampleFile.read(path, options, layout.formatId(), PointSchema.WFLW_98, "WFLW lines",
                (line, tokens) -> {
                    WflwRow row = WflwRow.parse(tokens, layout);
                    ImageRef image = LinePerSampleFile.image(root, row.image());
                    FaceAttributes attributes = layout.hasBoxAndAttributes() ? row.attributes() : subsetAttributes;
                    Provenance provenance = new Provenance(DATASET, path, line.number(), null);
                    return new FaceSample(image, row.box(), row.landmarks(), null, attributes, provenance);
                });
    }

    void write(Dataset dataset, Path out) throws IOException {
        LinePerSampleFile.write(dataset, out, "WFLW", (sample, lineNumber, sources) -> {
            Box box = null;
            FaceAttributes attributes = FaceAttributes.NONE;
            if (layout.hasBoxAndAttributes()) {
                box = integerBox(sample, out, lineNumber);
                attributes = new FaceAttributes(sample.attributes().flags(), null, null);
            }
            Landmarks points = SchemaMapping.between(sample.landmarks().schema(), PointSchema.WFLW_98)
                    .apply(sample.landmarks());
            WflwRow row = new WflwRow(sample.image().written(), points, box, attributes);
            Optional<SourceRow<WflwRow>> source =
                    LinePerSampleFile.sourceRow(sources.of(sample, DATASET), tokens -> WflwRow.parse(tokens, layout));
            if (source.isPresent() && source.get().row().equals(row)) {
                return source.get().text();
            }
            return row.format(layout, source.orElse(null));
        });
    }

    /** The sample's box, or its landmarks' bounds, widened to whole pixels (floor, ceiling). */
    private static Box integerBox(FaceSample sample, Path out, int lineNumber) throws DatasetException {
        Box box = sample.boxOrBounds();
        if (box == null) {
            throw LinePerSampleFile.cannotWrite(out, lineNumber, sample,
                    "it has no box and no labelled landmark, and a WFLW line needs a face rectangle");
        }
        double[] corners = {Math.floor(box.x1()), Math.floor(box.y1()), Math.ceil(box.x2()), Math.ceil(box.y2())};
        for (double c : corners) {
            if (!Double.isFinite(c) || Math.abs(c) > Integer.MAX_VALUE) {
                throw LinePerSampleFile.cannotWrite(out, lineNumber, sample, "its box " + box + " has no integer corners");
            }
        }
        return new Box(corners[0], corners[1], corners[2], corners[3]);
    }
}
