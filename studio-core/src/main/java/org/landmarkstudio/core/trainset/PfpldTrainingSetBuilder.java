package org.landmarkstudio.core.trainset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.landmarkstudio.core.crop.FaceCrop;
import org.landmarkstudio.core.crop.LooseCrop;
import org.landmarkstudio.core.crop.SetPreparationAugmentation;
import org.landmarkstudio.core.crop.SetPreparationCrop;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.format.pfpld.PfpldFormat;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/**
 * Builds PFPLD's merged training set: WFLW, LaPa faces with at least one closed eye and
 * 300W-LP, cropped to 112x112 and written as {@code imgs/*.png} plus a PFPLD {@code list.txt}.
 *
 * <p>WFLW and LaPa faces use SetPreparation's square 1.2x crop and become flag -2 rows; LaPa is
 * mapped 106 to 98 first. 300W-LP faces use create_300W_LP's loose crop (margins drawn from
 * U(0.05, 0.2)) and become flag 0 rows whose 68 points sit in their 98 slots, the rest -256,
 * with the 3DMM pose. Each face draws from its own seeded stream, so the output depends only
 * on the seed and the inputs.
 */
public final class PfpldTrainingSetBuilder {

    /** The list file name inside the output folder. */
    public static final String LIST_NAME = "list.txt";
    /** The crop folder inside the output folder. */
    public static final String IMAGE_FOLDER = "imgs";

    private final TrainingSetOptions options;

    public PfpldTrainingSetBuilder(TrainingSetOptions options) {
        this.options = options;
    }

    /**
     * Crops every face and writes the list.
     *
     * @param wflw   WFLW datasets (98 points)
     * @param lapa   LaPa datasets (106 points); only closed-eye faces are used
     * @param lp300w 300W-LP datasets (68 points + pose)
     * @param out    the output folder (created)
     */
    public TrainingSetReport build(List<Dataset> wflw, List<Dataset> lapa, List<Dataset> lp300w, Path out)
            throws IOException {
        Files.createDirectories(out.resolve(IMAGE_FOLDER));
        Run run = new Run(out);
        for (FaceSample s : samples(wflw)) {
            run.add(TrainingSource.WFLW, s);
        }
        for (FaceSample s : samples(lapa)) {
            if (hasClosedEye(s)) {
                run.add(TrainingSource.LAPA, s.withLandmarks(
                        SchemaMapping.between(s.landmarks().schema(), PointSchema.WFLW_98).apply(s.landmarks())));
            } else {
                run.filtered++;
            }
        }
        for (FaceSample s : samples(lp300w)) {
            run.add(TrainingSource.LP300W, s);
        }
        Path list = out.resolve(LIST_NAME);
        PfpldFormat pfpld = new PfpldFormat();
        pfpld.write(Dataset.of(pfpld.id(), list, PointSchema.WFLW_98, run.rows), list);
        return new TrainingSetReport(list, run.rowCounts, run.faceCounts, run.filtered, run.problems);
    }

    private boolean hasClosedEye(FaceSample s) {
        EyeAperture eyes = options.eyes();
        return eyes.leftState(s) == EyeState.CLOSED || eyes.rightState(s) == EyeState.CLOSED;
    }

    private static List<FaceSample> samples(List<Dataset> datasets) {
        List<FaceSample> all = new ArrayList<>();
        datasets.forEach(d -> all.addAll(d.samples()));
        return all;
    }

    /** The state of one build: rows so far, counters, problems. */
    private final class Run {
        private final Path out;
        private final CropSeeds seeds = new CropSeeds(options.seed());
        private final List<FaceSample> rows = new ArrayList<>();
        private final Map<TrainingSource, Integer> rowCounts = new EnumMap<>(TrainingSource.class);
        private final Map<TrainingSource, Integer> faceCounts = new EnumMap<>(TrainingSource.class);
        private final List<Problem> problems = new ArrayList<>();
        private int filtered;
        private int faceIndex;

        Run(Path out) {
            this.out = out;
            for (TrainingSource source : TrainingSource.values()) {
                rowCounts.put(source, 0);
                faceCounts.put(source, 0);
            }
        }

        void add(TrainingSource source, FaceSample sample) throws IOException {
            int index = faceCounts.get(source);
            faceCounts.put(source, index + 1);
            if (sample.landmarks().labelledCount() == 0) {
                problems.add(problem(sample, "has no labelled landmark to crop around"));
                return;
            }
            BufferedImage image = readImage(sample);
            if (image == null) {
                return;
            }
            Random random = seeds.forFace(source, index);
            List<FaceCrop> crops = new ArrayList<>();
            if (source == TrainingSource.LP300W) {
                crops.add(LooseCrop.for300wLp(random).crop(image, sample));
            } else {
                crops.add(new SetPreparationCrop().crop(image, sample));
                if (options.augmented() > 0) {
                    crops.addAll(new SetPreparationAugmentation(random).augment(image, sample, options.augmented()));
                }
            }
            for (int k = 0; k < crops.size(); k++) {
                rows.add(write(source, sample, crops.get(k), k));
            }
            rowCounts.merge(source, crops.size(), Integer::sum);
            faceIndex++;
        }

        private BufferedImage readImage(FaceSample sample) {
            Path file = sample.image().resolved();
            try {
                BufferedImage image = file == null || !Files.isRegularFile(file) ? null : ImageIO.read(file.toFile());
                if (image == null) {
                    problems.add(problem(sample, "image " + file + " is missing or not a readable image"));
                }
                return image;
            } catch (IOException e) {
                problems.add(problem(sample, "image " + file + " cannot be decoded: " + e.getMessage()));
                return null;
            }
        }

        private FaceSample write(TrainingSource source, FaceSample sample, FaceCrop crop, int k) throws IOException {
            String name = IMAGE_FOLDER + "/" + faceIndex + "_" + baseName(sample) + "_" + k + ".png";
            Path file = out.resolve(name);
            AtomicFileWriter.write(file, stream -> {
                if (!ImageIO.write(crop.image(), "png", stream)) {
                    throw new IOException("no PNG writer available");
                }
            });
            Landmarks pixels = crop.landmarksInPixels();
            FaceAttributes attributes = source == TrainingSource.WFLW
                    ? new FaceAttributes(sample.attributes().flags(), null, null) : FaceAttributes.NONE;
            Provenance provenance = new Provenance("merge/" + source.key(), sample.provenance().file(),
                    sample.provenance().line(), null);
            return new FaceSample(new ImageRef(name, file), null, pixels,
                    source == TrainingSource.LP300W ? sample.pose() : null, attributes, provenance);
        }

        private Problem problem(FaceSample sample, String message) {
            Provenance p = sample.provenance();
            return new Problem(p.file(), p.line(), null, message);
        }
    }

    private static String baseName(FaceSample sample) {
        String written = sample.image().written();
        String file = written.substring(written.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
