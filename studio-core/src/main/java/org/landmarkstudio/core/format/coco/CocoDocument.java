package org.landmarkstudio.core.format.coco;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;

/**
 * The three arrays of a COCO file, each element with the line it starts on, so that a
 * problem with one annotation can name its line. A tree parse would lose the lines; this
 * walks the top level with Jackson's streaming parser and builds a tree per element.
 *
 * @param images      the {@code images} entries
 * @param annotations the {@code annotations} entries
 * @param categories  the {@code categories} entries
 */
record CocoDocument(List<Located> images, List<Located> annotations, List<Located> categories) {

    /**
     * One element of a top-level array and its 1-based starting line.
     *
     * @param node the element
     * @param line the line its opening brace is on
     */
    record Located(JsonNode node, int line) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Parses {@code file}; other top-level fields are skipped.
     *
     * @throws DatasetException when the file is not JSON (with Jackson's line and column) or
     *                          its top level is not an object of arrays
     */
    static CocoDocument parse(Path file) throws IOException {
        List<Located> images = new ArrayList<>();
        List<Located> annotations = new ArrayList<>();
        List<Located> categories = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DatasetException(Problem.atLine(file, lineOf(parser.currentTokenLocation()),
                        "expected a JSON object with images, annotations and categories"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                List<Located> target = switch (field) {
                    case "images" -> images;
                    case "annotations" -> annotations;
                    case "categories" -> categories;
                    default -> null;
                };
                if (target == null) {
                    parser.skipChildren();
                } else if (value != JsonToken.START_ARRAY) {
                    throw new DatasetException(Problem.atLine(file, lineOf(parser.currentTokenLocation()),
                            field + " is not an array"));
                } else {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int line = lineOf(parser.currentTokenLocation());
                        target.add(new Located(parser.readValueAsTree(), line));
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw new DatasetException(Problem.atLine(file, lineOf(parser.currentTokenLocation()),
                        "content after the end of the top-level object"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
            throw new DatasetException(Problem.atLine(file, at == null ? 0 : lineOf(at),
                    "invalid JSON" + column + ": " + e.getOriginalMessage()));
        }
        return new CocoDocument(images, annotations, categories);
    }

    private static int lineOf(JsonLocation location) {
        return Math.max(0, location.getLineNr());
    }
}
