package org.landmarkstudio.core.format.coco;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/**
 * Writes a dataset as one COCO keypoints file in the dataset's point schema: one category,
 * one image entry per distinct image path, one annotation per face.
 */
final class CocoWriter {

    private static final int CATEGORY_ID = 1;
    private static final String CATEGORY = "face";
    private static final int LABELLED = 2;

    private final JsonFactory factory = new JsonFactory();

    void write(Dataset dataset, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            throw new DatasetException(Problem.ofFile(out, "is a folder; COCO keypoints are written to one .json file"));
        }
        Map<String, Integer> imageIds = new LinkedHashMap<>();
        Map<String, ImageRef> images = new LinkedHashMap<>();
        for (FaceSample sample : dataset.samples()) {
            String name = sample.image().written();
            if (!imageIds.containsKey(name)) {
                imageIds.put(name, imageIds.size() + 1);
                images.put(name, sample.image());
            }
        }
        AtomicFileWriter.write(out, stream -> {
            try (JsonGenerator json = factory.createGenerator(stream)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
                json.writeStartObject();
                json.writeObjectFieldStart("info");
                json.writeStringField("description", "Landmark Studio COCO keypoints export");
                json.writeStringField("version", "1.0");
                json.writeEndObject();
                writeCategory(json, dataset.schema());
                writeImages(json, images, imageIds);
                writeAnnotations(json, dataset, imageIds);
                json.writeEndObject();
            }
        });
    }

    private static void writeCategory(JsonGenerator json, PointSchema schema) throws IOException {
        json.writeArrayFieldStart("categories");
        json.writeStartObject();
        json.writeNumberField("id", CATEGORY_ID);
        json.writeStringField("name", CATEGORY);
        json.writeStringField("supercategory", CATEGORY);
        json.writeArrayFieldStart("keypoints");
        for (int i = 0; i < schema.size(); i++) {
            json.writeString(schema.pointName(i));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("skeleton");
        for (int[] edge : schema.edges()) {
            json.writeArray(new int[] {edge[0] + 1, edge[1] + 1}, 0, 2);
        }
        json.writeEndArray();
        json.writeStringField("landmark_schema", schema.id());
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeImages(JsonGenerator json, Map<String, ImageRef> images, Map<String, Integer> ids)
            throws IOException {
        json.writeArrayFieldStart("images");
        for (Map.Entry<String, ImageRef> image : images.entrySet()) {
            json.writeStartObject();
            json.writeNumberField("id", ids.get(image.getKey()));
            json.writeStringField("file_name", image.getKey());
            Optional<ImageSize> size = ImageSize.of(image.getValue().resolved());
            if (size.isPresent()) {
                json.writeNumberField("width", size.get().width());
                json.writeNumberField("height", size.get().height());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeAnnotations(JsonGenerator json, Dataset dataset, Map<String, Integer> imageIds)
            throws IOException {
        json.writeArrayFieldStart("annotations");
        int id = 1;
        for (FaceSample sample : dataset.samples()) {
            Landmarks landmarks = SchemaMapping.between(sample.landmarks().schema(), dataset.schema())
                    .apply(sample.landmarks());
            json.writeStartObject();
            json.writeNumberField("id", id++);
            json.writeNumberField("image_id", imageIds.get(sample.image().written()));
            json.writeNumberField("category_id", CATEGORY_ID);
            json.writeArrayFieldStart("keypoints");
            for (int p = 0; p < landmarks.size(); p++) {
                if (landmarks.isLabelled(p)) {
                    json.writeNumber(landmarks.x(p));
                    json.writeNumber(landmarks.y(p));
                    json.writeNumber(LABELLED);
                } else {
                    json.writeNumber(0);
                    json.writeNumber(0);
                    json.writeNumber(0);
                }
            }
            json.writeEndArray();
            json.writeNumberField("num_keypoints", landmarks.labelledCount());
            Box box = sample.box() != null ? sample.box() : landmarks.bounds();
            double width = box == null ? 0 : box.width();
            double height = box == null ? 0 : box.height();
            json.writeArrayFieldStart("bbox");
            json.writeNumber(box == null ? 0 : box.x1());
            json.writeNumber(box == null ? 0 : box.y1());
            json.writeNumber(width);
            json.writeNumber(height);
            json.writeEndArray();
            json.writeNumberField("area", width * height);
            json.writeNumberField("iscrowd", 0);
            if (sample.box() != null) {
                json.writeArrayFieldStart("face_box");
                json.writeNumber(sample.box().x1());
                json.writeNumber(sample.box().y1());
                json.writeNumber(sample.box().x2());
                json.writeNumber(sample.box().y2());
                json.writeEndArray();
            }
            new CocoAttributes(sample.pose(), sample.attributes()).write(json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
