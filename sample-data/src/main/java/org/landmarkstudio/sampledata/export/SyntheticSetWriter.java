package org.landmarkstudio.sampledata.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.crop.FaceCrop;
import org.landmarkstudio.core.crop.SetPreparationCrop;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.format.pfpld.PfpldFormat;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.sampledata.FaceGenerator;
import org.landmarkstudio.sampledata.SynthOptions;
import org.landmarkstudio.sampledata.SyntheticFace;

/**
 * Generates faces and writes them as a dataset in one of the studio's formats, laid out as the
 * public dataset is so the studio's own readers open it:
 *
 * <ul>
 *   <li>{@code wflw}: {@code WFLW_annotations/list_98pt_rect_attr_synthetic.txt} and
 *       {@code WFLW_images/synthetic/*.jpg};</li>
 *   <li>{@code lapa}: {@code synthetic/{images,landmarks}} (no label maps: the generator has no
 *       segmentation);</li>
 *   <li>{@code 300wlp} and {@code aflw2000}: {@code synthetic/<name>.jpg + .mat} with the 68
 *       points and {@code Pose_Para};</li>
 *   <li>{@code pfpld}: {@code list.txt} and {@code imgs/*.png}, 112x112 SetPreparation crops of
 *       the faces as 98-point rows (flag -2) that also carry the exact pose.</li>
 * </ul>
 */
public final class SyntheticSetWriter {

    /** The provenance dataset name and subset folder of generated faces. */
    public static final String DATASET = "synthetic";

    private final SynthOptions options;

    public SyntheticSetWriter(SynthOptions options) {
        this.options = options;
    }

    /** The formats this writer can produce. */
    public static List<String> formats() {
        return List.of("wflw", "lapa", "300wlp", "aflw2000", "pfpld");
    }

    /**
     * Generates faces {@code 0..count-1} of {@code seed} and writes them to {@code out}.
     *
     * @throws IllegalArgumentException for a format this writer does not produce
     */
    public SyntheticSetReport write(String format, int count, long seed, Path out) throws IOException {
        String id = format.toLowerCase(Locale.ROOT);
        if (!formats().contains(id)) {
            throw new IllegalArgumentException("cannot generate format '" + format + "'; expected one of "
                    + String.join(", ", formats()));
        }
        FaceGenerator generator = new FaceGenerator(options);
        Files.createDirectories(out);
        if (id.equals("pfpld")) {
            return writePfpld(generator, count, seed, out);
        }
        Path staging = Files.createTempDirectory("landmark-studio-synth");
        try {
            List<FaceSample> samples = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                SyntheticFace face = generator.generate(seed, i);
                String name = name(seed, i);
                Path image = staging.resolve(name + ".jpg");
                AtomicFileWriter.write(image, stream -> Jpeg.write(face.image(), stream));
                samples.add(sample(face, new ImageRef(DATASET + "/" + name + ".jpg", image), target(id)));
            }
            return writeWith(id, samples, staging, out);
        } finally {
            deleteTree(staging);
        }
    }

    private SyntheticSetReport writeWith(String id, List<FaceSample> samples, Path staging, Path out)
            throws IOException {
        DatasetFormat format = DatasetFormats.standard().byId(id);
        Dataset dataset = Dataset.of(DATASET, staging, target(id), samples);
        if (id.equals("wflw")) {
            Path images = out.resolve("WFLW_images");
            for (FaceSample s : samples) {
                Path to = images.resolve(s.image().written());
                Files.createDirectories(to.getParent());
                Files.copy(s.image().resolved(), to, StandardCopyOption.REPLACE_EXISTING);
            }
            Path list = out.resolve("WFLW_annotations/list_98pt_rect_attr_synthetic.txt");
            Files.createDirectories(list.getParent());
            format.write(dataset, list);
            return new SyntheticSetReport(id, list, samples.size());
        }
        format.write(dataset, out);
        return new SyntheticSetReport(id, out, samples.size());
    }

    private SyntheticSetReport writePfpld(FaceGenerator generator, int count, long seed, Path out)
            throws IOException {
        SetPreparationCrop crop = new SetPreparationCrop();
        List<FaceSample> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SyntheticFace face = generator.generate(seed, i);
            Landmarks wflw = SchemaMapping.LAPA106_TO_WFLW98.apply(face.landmarks());
            FaceCrop cropped = crop.crop(BgrImage.of(face.image()), wflw);
            String name = "imgs/" + name(seed, i) + ".png";
            Path file = out.resolve(name);
            AtomicFileWriter.write(file, stream -> ImageIO.write(cropped.image(), "png", stream));
            rows.add(new FaceSample(new ImageRef(name, file), null, cropped.landmarksInPixels(), face.pose(),
                    face.attributes(),
                    new Provenance(DATASET, null, 0, null)));
        }
        Path list = out.resolve("list.txt");
        new PfpldFormat().write(Dataset.of(DATASET, list, PointSchema.WFLW_98, rows), list);
        return new SyntheticSetReport("pfpld", list, count);
    }

    /** A generated face as a sample of {@code schema}, labels mapped from its 106 points. */
    private static FaceSample sample(SyntheticFace face, ImageRef image, PointSchema schema) {
        Landmarks landmarks = SchemaMapping.between(PointSchema.LAPA_106, schema).apply(face.landmarks());
        return new FaceSample(image, face.box(), landmarks, face.pose(), face.attributes(),
                new Provenance(DATASET, null, 0, null));
    }

    private static PointSchema target(String id) {
        return switch (id) {
            case "wflw" -> PointSchema.WFLW_98;
            case "lapa" -> PointSchema.LAPA_106;
            default -> PointSchema.IBUG_68;
        };
    }

    /** {@code synthetic_<seed>_<index>}, zero-padded so file order is face order. */
    static String name(long seed, int index) {
        return String.format(Locale.ROOT, "%s_%d_%05d", DATASET, seed, index);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
