package org.landmarkstudio.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Locale;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * The JSON form of edits in the journal. Numbers are written as Java's shortest decimal that
 * reads back to the same double, so a replayed edit equals the original to the last bit.
 *
 * <p>Landmarks: {@code {"schema":"wflw98","labelled":"1101...","xy":[x0,y0,null,null,...]}} with
 * one mask character per point and {@code null} coordinates for unlabelled points. Pose:
 * {@code {"yaw":..,"pitch":..,"roll":..,"source":"ANNOTATOR"}} in degrees. Attributes:
 * {@code {"flags":["blur"],"leftEye":"closed","rightEye":null}}. Box: {@code {"x1":..,"y1":..,
 * "x2":..,"y2":..}}. A missing pose or box is {@code null}.
 */
final class EditCodec {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EditCodec() {
    }

    static ObjectNode encode(Edit edit) {
        ObjectNode node = JSON.objectNode();
        if (edit instanceof LandmarksEdit e) {
            header(node, "landmarks", e).set("before", landmarks(e.before()));
            node.set("after", landmarks(e.after()));
        } else if (edit instanceof PoseEdit e) {
            header(node, "pose", e).set("before", pose(e.before()));
            node.set("after", pose(e.after()));
        } else if (edit instanceof AttributesEdit e) {
            header(node, "attributes", e).set("before", attributes(e.before()));
            node.set("after", attributes(e.after()));
        } else {
            BoxEdit e = (BoxEdit) edit;
            header(node, "box", e).set("before", box(e.before()));
            node.set("after", box(e.after()));
        }
        return node;
    }

    private static ObjectNode header(ObjectNode node, String type, Edit edit) {
        node.put("type", type);
        node.put("sample", edit.sample());
        node.put("description", edit.description());
        return node;
    }

    static Edit decode(JsonNode node) throws MalformedEntryException {
        if (node == null || !node.isObject()) {
            throw new MalformedEntryException("expected an \"edit\" object");
        }
        int sample = integer(node, "sample");
        String description = text(node, "description");
        String type = text(node, "type");
        JsonNode before = node.get("before");
        JsonNode after = node.get("after");
        if (before == null || after == null) {
            throw new MalformedEntryException("expected \"before\" and \"after\" in the edit");
        }
        return switch (type) {
            case "landmarks" -> {
                Landmarks b = landmarks(before);
                Landmarks a = landmarks(after);
                if (a.schema() != b.schema()) {
                    throw new MalformedEntryException("before and after landmarks have different schemas");
                }
                yield new LandmarksEdit(sample, b, a, description);
            }
            case "pose" -> new PoseEdit(sample, pose(before), pose(after), description);
            case "attributes" -> new AttributesEdit(sample, attributes(before), attributes(after), description);
            case "box" -> new BoxEdit(sample, box(before), box(after), description);
            default -> throw new MalformedEntryException("unknown edit type \"" + type
                    + "\"; expected landmarks, pose, attributes or box");
        };
    }

    private static ObjectNode landmarks(Landmarks l) {
        ObjectNode node = JSON.objectNode();
        node.put("schema", l.schema().id());
        StringBuilder mask = new StringBuilder(l.size());
        ArrayNode xy = JSON.arrayNode(2 * l.size());
        for (int i = 0; i < l.size(); i++) {
            if (l.isLabelled(i)) {
                mask.append('1');
                xy.add(l.x(i)).add(l.y(i));
            } else {
                mask.append('0');
                xy.addNull().addNull();
            }
        }
        node.put("labelled", mask.toString());
        node.set("xy", xy);
        return node;
    }

    private static Landmarks landmarks(JsonNode node) throws MalformedEntryException {
        PointSchema schema;
        try {
            schema = PointSchema.byId(text(node, "schema"));
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException(e.getMessage());
        }
        String mask = text(node, "labelled");
        JsonNode xy = node.get("xy");
        if (mask.length() != schema.size() || xy == null || !xy.isArray() || xy.size() != 2 * schema.size()) {
            throw new MalformedEntryException("expected " + schema.size() + " mask characters and "
                    + 2 * schema.size() + " coordinates for " + schema.id());
        }
        double[] values = new double[2 * schema.size()];
        BitSet labelled = new BitSet(schema.size());
        for (int i = 0; i < schema.size(); i++) {
            char c = mask.charAt(i);
            if (c == '1') {
                labelled.set(i);
                values[2 * i] = number(xy.get(2 * i), "x of point " + i);
                values[2 * i + 1] = number(xy.get(2 * i + 1), "y of point " + i);
            } else if (c != '0' || !xy.get(2 * i).isNull() || !xy.get(2 * i + 1).isNull()) {
                throw new MalformedEntryException("point " + i + ": expected mask 0 with null coordinates or mask 1"
                        + " with numbers");
            }
        }
        return Landmarks.of(schema, values, labelled);
    }

    private static JsonNode pose(HeadPose pose) {
        if (pose == null) {
            return JSON.nullNode();
        }
        ObjectNode node = JSON.objectNode();
        node.put("yaw", pose.yaw());
        node.put("pitch", pose.pitch());
        node.put("roll", pose.roll());
        node.put("source", pose.source() == null ? null : pose.source().name());
        return node;
    }

    private static HeadPose pose(JsonNode node) throws MalformedEntryException {
        if (node.isNull()) {
            return null;
        }
        JsonNode source = node.get("source");
        PoseSource poseSource = null;
        if (source != null && !source.isNull()) {
            try {
                poseSource = PoseSource.valueOf(source.asText());
            } catch (IllegalArgumentException e) {
                throw new MalformedEntryException("unknown pose source \"" + source.asText() + "\"");
            }
        }
        return new HeadPose(number(node.get("yaw"), "yaw"), number(node.get("pitch"), "pitch"),
                number(node.get("roll"), "roll"), poseSource);
    }

    private static ObjectNode attributes(FaceAttributes attributes) {
        ObjectNode node = JSON.objectNode();
        ArrayNode flags = node.putArray("flags");
        for (WflwAttribute a : WflwAttribute.values()) {
            if (attributes.has(a)) {
                flags.add(a.key());
            }
        }
        node.put("leftEye", attributes.leftEye() == null ? null : attributes.leftEye().key());
        node.put("rightEye", attributes.rightEye() == null ? null : attributes.rightEye().key());
        return node;
    }

    private static FaceAttributes attributes(JsonNode node) throws MalformedEntryException {
        JsonNode flags = node.get("flags");
        if (flags == null || !flags.isArray()) {
            throw new MalformedEntryException("expected a \"flags\" array in the attributes");
        }
        EnumSet<WflwAttribute> set = EnumSet.noneOf(WflwAttribute.class);
        for (JsonNode flag : flags) {
            WflwAttribute a = WflwAttribute.byKey(flag.asText());
            if (a == null) {
                throw new MalformedEntryException("unknown attribute \"" + flag.asText() + "\"");
            }
            set.add(a);
        }
        return new FaceAttributes(set, eye(node.get("leftEye")), eye(node.get("rightEye")));
    }

    private static EyeState eye(JsonNode node) throws MalformedEntryException {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return EyeState.valueOf(node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException("unknown eye state \"" + node.asText() + "\"; expected open or closed");
        }
    }

    private static JsonNode box(Box box) {
        if (box == null) {
            return JSON.nullNode();
        }
        ObjectNode node = JSON.objectNode();
        node.put("x1", box.x1());
        node.put("y1", box.y1());
        node.put("x2", box.x2());
        node.put("y2", box.y2());
        return node;
    }

    private static Box box(JsonNode node) throws MalformedEntryException {
        if (node.isNull()) {
            return null;
        }
        return new Box(number(node.get("x1"), "x1"), number(node.get("y1"), "y1"),
                number(node.get("x2"), "x2"), number(node.get("y2"), "y2"));
    }

    static String text(JsonNode node, String field) throws MalformedEntryException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedEntryException("expected a text \"" + field + "\"");
        }
        return value.asText();
    }

    static int integer(JsonNode node, String field) throws MalformedEntryException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new MalformedEntryException("expected an integer \"" + field + "\"");
        }
        return value.asInt();
    }

    static long longInteger(JsonNode node, String field) throws MalformedEntryException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new MalformedEntryException("expected an integer \"" + field + "\"");
        }
        return value.asLong();
    }

    private static double number(JsonNode value, String what) throws MalformedEntryException {
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new MalformedEntryException("expected a finite number for " + what);
        }
        return value.asDouble();
    }
}
