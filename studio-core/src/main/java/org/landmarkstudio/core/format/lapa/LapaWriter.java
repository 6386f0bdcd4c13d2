package org.landmarkstudio.core.format.lapa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/**
 * Writes a dataset as LaPa split folders: one landmark file per sample, with its image and
 * label map copied beside it when they exist and are not already there.
 *
 * <p>LaPa keeps one face per image file, so when two samples would share a basename (two
 * faces of one WFLW image) the later ones get {@code _2}, {@code _3}, ... and their own copy
 * of the image.
 */
final class LapaWriter {

    void write(Dataset dataset, Path out) throws IOException {
        Set<String> used = new HashSet<>();
        for (FaceSample sample : dataset.samples()) {
            LapaPlacement placement = unique(LapaPlacement.of(sample), used);
            Path split = placement.prefix().isEmpty() ? out : out.resolve(placement.prefix());
            Landmarks lapa = SchemaMapping.between(sample.landmarks().schema(), PointSchema.LAPA_106)
                    .apply(sample.landmarks());
            String text = textOf(lapa, placement);
            AtomicFileWriter.writeText(split.resolve(LapaSplit.LANDMARKS).resolve(placement.name()
                    + LapaSplit.LANDMARK_SUFFIX), w -> w.write(text));
            Path image = sample.image().resolved();
            if (image != null) {
                copyIfElsewhere(image, split.resolve(LapaSplit.IMAGES).resolve(placement.name()
                        + extensionOf(image)));
            }
            if (placement.label() != null) {
                copyIfElsewhere(placement.label(), split.resolve(LapaSplit.LABELS).resolve(placement.name()
                        + LapaSplit.LABEL_SUFFIX));
            }
        }
    }

    /**
     * The original text when the landmarks are unchanged, else the new points in the original
     * file's decimal style (or the shortest exact style for samples from elsewhere).
     */
    private static String textOf(Landmarks lapa, LapaPlacement placement) {
        if (placement.sourceText() == null) {
            return LapaLandmarkFile.render(lapa, DecimalStyle.SHORTEST);
        }
        LapaLandmarkFile original;
        try {
            original = LapaLandmarkFile.parse(placement.source(), placement.sourceText());
        } catch (DatasetException e) {
            return LapaLandmarkFile.render(lapa, DecimalStyle.SHORTEST);
        }
        return original.landmarks().equals(lapa)
                ? placement.sourceText()
                : LapaLandmarkFile.render(lapa, original.style());
    }

    private static LapaPlacement unique(LapaPlacement placement, Set<String> used) {
        LapaPlacement candidate = placement;
        for (int k = 2; !used.add(candidate.prefix() + candidate.name()); k++) {
            candidate = placement.renamed(placement.name() + "_" + k);
        }
        return candidate;
    }

    private static void copyIfElsewhere(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(source) || Files.exists(target) && Files.isSameFile(source, target)) {
            return;
        }
        AtomicFileWriter.write(target, out -> Files.copy(source, out));
    }

    private static String extensionOf(Path image) {
        String fileName = image.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot) : ".jpg";
    }
}
