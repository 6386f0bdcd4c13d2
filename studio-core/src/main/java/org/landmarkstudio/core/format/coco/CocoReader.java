package org.landmarkstudio.core.format.coco;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Reads a COCO keypoints file into one sample per annotation, whether the studio wrote it or
 * another tool did; file names resolve against the image root, by default the JSON's folder.
 */
final class CocoReader {

    /** An image entry: the file name as written and the line of its entry. */
    private record ImageEntry(String fileName, int line) {
    }

    /**
     * A category: its point schema ({@code null} when the keypoint count matches none) and
     * whether it carries the studio's {@code landmark_schema}, i.e. the studio wrote it.
     */
    private record Category(PointSchema schema, boolean fromStudio) {
    }

    private final Path file;
    private final ReadOptions options;
    private final ProblemSink sink;
    private final Map<Long, ImageEntry> images = new HashMap<>();
    private final Map<Long, Category> categories = new HashMap<>();
    private final Set<Long> checkedImages = new HashSet<>();
    private PointSchema schema;

    CocoReader(Path file, ReadOptions options) {
        this.file = file;
        this.options = options;
        this.sink = new ProblemSink(options.strict());
    }

    Dataset read() throws IOException {
        CocoDocument document;
        try {
            document = CocoDocument.parse(file);
        } catch (DatasetException e) {
            sink.warn(e.problem());
            return new Dataset(CocoFormat.ID, file, PointSchema.WFLW_98, List.of(), sink.problems(), sink.skipped());
        }
        for (CocoDocument.Located image : document.images()) {
            readImage(image);
        }
        for (CocoDocument.Located category : document.categories()) {
            readCategory(category);
        }
        List<FaceSample> samples = new ArrayList<>();
        for (CocoDocument.Located annotation : document.annotations()) {
            try {
                samples.add(readAnnotation(annotation.node(), annotation.line()));
            } catch (DatasetException e) {
                sink.skip(e.problem());
            }
        }
        if (schema == null) {
            schema = categories.values().stream().map(Category::schema).filter(s -> s != null)
                    .findFirst().orElse(PointSchema.WFLW_98);
        }
        return new Dataset(CocoFormat.ID, file, schema, samples, sink.problems(), sink.skipped());
    }

    private void readImage(CocoDocument.Located entry) throws DatasetException {
        JsonNode node = entry.node();
        JsonNode id = node.get("id");
        JsonNode fileName = node.get("file_name");
        if (id == null || !id.canConvertToExactIntegral() || fileName == null || !fileName.isTextual()) {
            sink.warn(Problem.atLine(file, entry.line(), "image entry needs an integer id and a file_name"));
            return;
        }
        ImageEntry known = images.putIfAbsent(id.longValue(), new ImageEntry(fileName.textValue(), entry.line()));
        if (known != null) {
            sink.warn(Problem.atLine(file, entry.line(), "image id " + id.longValue() + " is already used at line "
                    + known.line()));
        }
    }

    private void readCategory(CocoDocument.Located entry) throws DatasetException {
        JsonNode node = entry.node();
        JsonNode id = node.get("id");
        if (id == null || !id.canConvertToExactIntegral()) {
            sink.warn(Problem.atLine(file, entry.line(), "category needs an integer id"));
            return;
        }
        JsonNode studioSchema = node.get("landmark_schema");
        if (studioSchema != null && studioSchema.isTextual()) {
            try {
                categories.put(id.longValue(), new Category(PointSchema.byId(studioSchema.textValue()), true));
            } catch (IllegalArgumentException e) {
                sink.warn(Problem.atLine(file, entry.line(), e.getMessage()));
                categories.put(id.longValue(), new Category(null, true));
            }
            return;
        }
        JsonNode names = node.get("keypoints");
        PointSchema bySize = names != null && names.isArray() ? PointSchema.bySize(names.size()) : null;
        categories.put(id.longValue(), new Category(bySize, false));
    }

    private FaceSample readAnnotation(JsonNode node, int line) throws DatasetException {
        JsonNode imageId = node.get("image_id");
        ImageEntry image = imageId != null && imageId.canConvertToExactIntegral() ? images.get(imageId.longValue()) : null;
        if (image == null) {
            throw problem(line, "image_id " + imageId + " is not in images");
        }
        JsonNode keypoints = node.get("keypoints");
        if (keypoints == null || !keypoints.isArray()) {
            throw problem(line, "expected keypoints, an array of x, y, v triples");
        }
        JsonNode categoryId = node.get("category_id");
        Category category = categoryId == null ? null : categories.get(categoryId.asLong());
        PointSchema faceSchema = schemaOf(keypoints.size(), category, line);
        if (schema == null) {
            schema = faceSchema;
        } else if (faceSchema != schema) {
            throw problem(line, "keypoints are " + faceSchema.id() + " but the file's first face is " + schema.id()
                    + "; a dataset holds one point schema");
        }
        Landmarks landmarks = landmarks(keypoints, faceSchema, line);
        Box box = boxOf(node, category != null && category.fromStudio(), line);
        CocoAttributes extras = CocoAttributes.read(node.get(CocoAttributes.FIELD), file, line);
        Path resolved = (options.imageRoot() != null ? options.imageRoot() : file.toAbsolutePath().getParent())
                .resolve(image.fileName());
        if (options.checkImages() && checkedImages.add(imageId.longValue()) && !Files.isRegularFile(resolved)) {
            sink.warn(Problem.atLine(file, image.line(), "image " + image.fileName() + " not found at " + resolved));
        }
        return new FaceSample(new ImageRef(image.fileName(), resolved), box, landmarks, extras.pose(),
                extras.attributes(), new Provenance(CocoFormat.ID, file, line, null));
    }

    private PointSchema schemaOf(int values, Category category, int line) throws DatasetException {
        if (category != null && category.schema() != null) {
            PointSchema known = category.schema();
            if (values != 3 * known.size()) {
                throw problem(line, "keypoints holds " + values + " values; expected 3 x " + known.size() + " = "
                        + 3 * known.size() + " for " + known.id());
            }
            return known;
        }
        PointSchema bySize = values % 3 == 0 ? PointSchema.bySize(values / 3) : null;
        if (bySize == null) {
            throw problem(line, "keypoints holds " + values + " values; expected 3 x 98, 3 x 106 or 3 x 68"
                    + " (x, y, v per point)");
        }
        return bySize;
    }

    private Landmarks landmarks(JsonNode keypoints, PointSchema faceSchema, int line) throws DatasetException {
        double[] xy = new double[2 * faceSchema.size()];
        BitSet labelled = new BitSet(faceSchema.size());
        for (int p = 0; p < faceSchema.size(); p++) {
            JsonNode x = keypoints.get(3 * p);
            JsonNode y = keypoints.get(3 * p + 1);
            JsonNode v = keypoints.get(3 * p + 2);
            if (!x.isNumber() || !y.isNumber() || !v.isNumber()) {
                throw problem(line, "keypoint " + p + " is [" + x + ", " + y + ", " + v + "]; expected three numbers");
            }
            if (!v.canConvertToExactIntegral() || v.intValue() < 0 || v.intValue() > 2) {
                throw problem(line, "visibility of keypoint " + p + " is " + v + "; expected 0, 1 or 2");
            }
            if (v.intValue() > 0 && !(Double.isFinite(x.doubleValue()) && Double.isFinite(y.doubleValue()))) {
                throw problem(line, "keypoint " + p + " is [" + x + ", " + y + "]; expected finite coordinates");
            }
            if (v.intValue() > 0) {
                xy[2 * p] = x.doubleValue();
                xy[2 * p + 1] = y.doubleValue();
                labelled.set(p);
            }
        }
        return Landmarks.of(faceSchema, xy, labelled);
    }

    /**
     * The studio's exact {@code face_box} when present; else none for a studio file (which
     * writes {@code face_box} whenever a sample has a box) and the {@code bbox} for others.
     */
    private Box boxOf(JsonNode node, boolean fromStudio, int line) throws DatasetException {
        double[] faceBox = fourNumbers(node.get("face_box"), "face_box", line);
        if (faceBox != null) {
            return new Box(faceBox[0], faceBox[1], faceBox[2], faceBox[3]);
        }
        double[] bbox = fromStudio ? null : fourNumbers(node.get("bbox"), "bbox", line);
        return bbox == null ? null : new Box(bbox[0], bbox[1], bbox[0] + bbox[2], bbox[1] + bbox[3]);
    }

    private double[] fourNumbers(JsonNode array, String field, int line) throws DatasetException {
        if (array == null || array.isNull()) {
            return null;
        }
        if (!array.isArray() || array.size() != 4) {
            throw problem(line, field + " is " + array + "; expected four numbers");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!array.get(i).isNumber() || !Double.isFinite(array.get(i).doubleValue())) {
                throw problem(line, field + " is " + array + "; expected four numbers");
            }
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    private DatasetException problem(int line, String message) {
        return new DatasetException(Problem.atLine(file, line, message));
    }
}
