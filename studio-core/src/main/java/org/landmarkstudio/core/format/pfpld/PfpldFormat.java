package org.landmarkstudio.core.format.pfpld;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.text.LinePerSampleFile;
import org.landmarkstudio.core.format.text.LineTokens;
import org.landmarkstudio.core.format.text.SourceRow;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/**
 * PFPLD's processed training and test list ({@code list.txt}), format id {@code pfpld}: one
 * 112×112 face crop a line with 98 normalized points, six attribute flags, three Euler angles
 * and an optional type flag (FORMATS.md §1.8).
 *
 * <p>See the package documentation for the coordinate unit, the angle order, the row kinds
 * and lossless writing.
 */
public final class PfpldFormat implements DatasetFormat {

    /**
     * The side of PFPLD's square face crop in pixels. Landmarks read from a list are stored in
     * crop pixels (normalized × 112), the unit the network's input and the studio's crop view
     * use; the writer divides by it again.
     */
    public static final int CROP_SIZE = 112;

    /** The provenance dataset name of samples read from a PFPLD list. */
    static final String DATASET = "pfpld";

    private static final Set<String> IMAGE_EXTENSIONS = Set.of(".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp");

    @Override
    public String id() {
        return DATASET;
    }

    @Override
    public String description() {
        return "PFPLD list: 112x112 crop path, 98 normalized points, 6 attributes, 3 angles, type flag";
    }

    /**
     * A {@code .txt} file whose first non-blank line has 206 or 207 tokens and starts with a
     * path ending in an image extension.
     */
    @Override
    public boolean sniff(Path path) throws IOException {
        Optional<LineTokens> first = LinePerSampleFile.firstLineTokens(path);
        if (first.isEmpty()) {
            return false;
        }
        int count = first.get().count();
        String image = first.get().first().toLowerCase(Locale.ROOT);
        int dot = image.lastIndexOf('.');
        return (count == PfpldRow.TOKENS_UNFLAGGED || count == PfpldRow.TOKENS_FLAGGED)
                && dot >= 0 && IMAGE_EXTENSIONS.contains(image.substring(dot));
    }

    @Override
    public Dataset read(Path path, ReadOptions options) throws IOException {
        Path root = options.imageRoot() != null ? options.imageRoot() : path.toAbsolutePath().getParent();
        return LinePerSampleFile.read(path, options, DATASET, PointSchema.WFLW_98, "PFPLD list lines",
                (line, tokens) -> {
                    PfpldRow row = PfpldRow.parse(tokens);
                    ImageRef image = LinePerSampleFile.image(root, row.image());
                    Provenance provenance = new Provenance(DATASET, path, line.number(), null);
                    return new FaceSample(image, null, row.landmarks(), row.pose(), row.attributes(), provenance);
                });
    }

    /**
     * Writes one row per sample in order, {@code \n}-terminated. Landmarks must already be in
     * crop pixels of a 112 crop: this writer does not crop images.
     */
    @Override
    public void write(Dataset dataset, Path out) throws IOException {
        LinePerSampleFile.write(dataset, out, "PFPLD", (sample, lineNumber, sources) -> {
            String sourceText = sources.of(sample, DATASET);
            PfpldRowKind kind = PfpldRowKind.of(sample, sourceText);
            HeadPose pose = sample.pose() == null ? null : new HeadPose(sample.pose().yaw(), sample.pose().pitch(),
                    sample.pose().roll(), PoseSource.PFPLD_LIST);
            Landmarks points = SchemaMapping.between(sample.landmarks().schema(), PointSchema.WFLW_98)
                    .apply(sample.landmarks());
            PfpldRow row = new PfpldRow(sample.image().written(), points,
                    new FaceAttributes(sample.attributes().flags(), null, null), PfpldRow.meaningful(pose, kind), kind);
            Optional<SourceRow<PfpldRow>> source = LinePerSampleFile.sourceRow(sourceText, PfpldRow::parse);
            if (source.isPresent() && source.get().row().equals(row)) {
                return source.get().text();
            }
            return row.format(source.orElse(null));
        });
    }
}
