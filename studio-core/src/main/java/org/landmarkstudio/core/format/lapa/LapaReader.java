package org.landmarkstudio.core.format.lapa;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Reads a LaPa split folder, or a folder of split folders, into one dataset: one sample per
 * landmark file, with its image matched by basename.
 */
final class LapaReader {

    /** Image extensions in order of preference; LaPa ships {@code .jpg}. */
    private static final List<String> IMAGE_EXTENSIONS = List.of(".jpg", ".jpeg", ".png");

    private final ReadOptions options;
    private final ProblemSink sink;

    LapaReader(ReadOptions options) {
        this.options = options;
        this.sink = new ProblemSink(options.strict());
    }

    Dataset read(Path root) throws IOException {
        List<FaceSample> samples = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            sink.warn(Problem.ofFile(root, "not a folder; expected a LaPa split folder (images/, landmarks/, labels/)"
                    + " or a folder of split folders"));
        } else {
            List<LapaSplit> splits = LapaSplit.under(root);
            if (splits.isEmpty()) {
                sink.warn(Problem.ofFile(root, "no landmarks/ folder here or in any subfolder; expected a LaPa split"
                        + " folder (images/, landmarks/, labels/) or a folder of split folders"));
            }
            for (LapaSplit split : splits) {
                readSplit(split, samples);
            }
        }
        return new Dataset(LapaFormat.ID, root, PointSchema.LAPA_106, samples, sink.problems(), sink.skipped());
    }

    private void readSplit(LapaSplit split, List<FaceSample> samples) throws IOException {
        Map<String, Path> images = imagesByName(split.folder().resolve(LapaSplit.IMAGES));
        Set<String> names = new HashSet<>();
        for (Path txt : landmarkFiles(split.folder().resolve(LapaSplit.LANDMARKS))) {
            String fileName = txt.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - LapaSplit.LANDMARK_SUFFIX.length());
            names.add(name);
            String text;
            try {
                text = Files.readString(txt);
            } catch (CharacterCodingException e) {
                sink.skip(Problem.ofFile(txt, "not UTF-8 text; expected the point count and 'x y' lines"));
                continue;
            }
            LapaLandmarkFile content;
            try {
                content = LapaLandmarkFile.parse(txt, text);
            } catch (DatasetException e) {
                sink.skip(e.problem());
                continue;
            }
            samples.add(new FaceSample(imageOf(split, name, images, txt), null, content.landmarks(), null,
                    FaceAttributes.NONE, new Provenance(split.dataset(), txt, 0, text)));
        }
        for (Map.Entry<String, Path> image : images.entrySet()) {
            if (!names.contains(image.getKey())) {
                sink.warn(Problem.ofFile(image.getValue(), "image has no landmark file; expected "
                        + LapaSplit.LANDMARKS + "/" + image.getKey() + LapaSplit.LANDMARK_SUFFIX));
            }
        }
    }

    private ImageRef imageOf(LapaSplit split, String name, Map<String, Path> images, Path txt)
            throws DatasetException {
        Path found = images.get(name);
        String fileName = found != null ? found.getFileName().toString() : name + IMAGE_EXTENSIONS.get(0);
        String written = split.prefix() + LapaSplit.IMAGES + "/" + fileName;
        Path resolved = options.imageRoot() != null
                ? options.imageRoot().resolve(written)
                : split.folder().resolve(LapaSplit.IMAGES).resolve(fileName);
        if (options.checkImages() && !Files.isRegularFile(resolved)) {
            sink.warn(Problem.ofFile(txt, "no image for this landmark file; expected " + resolved));
        }
        return new ImageRef(written, resolved);
    }

    /** The images of a split by basename, preferring {@code .jpg} when several extensions share a name. */
    private static Map<String, Path> imagesByName(Path folder) throws IOException {
        Map<String, Path> images = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return images;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String fileName = file.getFileName().toString();
                int rank = IMAGE_EXTENSIONS.indexOf(extension(fileName));
                if (rank < 0) {
                    continue;
                }
                String name = fileName.substring(0, fileName.lastIndexOf('.'));
                Path known = images.get(name);
                if (known == null || rank < IMAGE_EXTENSIONS.indexOf(extension(known.getFileName().toString()))) {
                    images.put(name, file);
                }
            }
        }
        return images;
    }

    private static List<Path> landmarkFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(LapaSplit.LANDMARK_SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }
}
