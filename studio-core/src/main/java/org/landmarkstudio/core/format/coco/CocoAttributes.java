package org.landmarkstudio.core.format.coco;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * The studio's per-face extras as a COCO annotation's {@code attributes} object: head pose,
 * WFLW flags and explicit eye labels. They live there, not in new top-level fields, because
 * CVAT keeps per-annotation attributes when it imports and exports COCO.
 *
 * <p>Reading accepts what annotation tools turn values into: flags as booleans, 0/1 or the
 * strings {@code "true"}/{@code "false"}, angles as numbers or numeric strings. Unknown keys
 * (CVAT adds {@code occluded}, for one) are ignored.
 *
 * @param pose       the head pose, or {@code null} when the annotation has none
 * @param attributes the flags and eye labels
 */
record CocoAttributes(HeadPose pose, FaceAttributes attributes) {

    static final String FIELD = "attributes";

    private static final String YAW = "yaw";
    private static final String PITCH = "pitch";
    private static final String ROLL = "roll";
    private static final String POSE_SOURCE = "pose_source";
    private static final String LEFT_EYE = "left_eye";
    private static final String RIGHT_EYE = "right_eye";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /** Writes the {@code attributes} field of an annotation. */
    void write(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(FIELD);
        if (pose != null) {
            json.writeNumberField(YAW, pose.yaw());
            json.writeNumberField(PITCH, pose.pitch());
            json.writeNumberField(ROLL, pose.roll());
            json.writeStringField(POSE_SOURCE, pose.source().name().toLowerCase(Locale.ROOT));
        }
        for (WflwAttribute flag : WflwAttribute.values()) {
            json.writeBooleanField(flag.key(), attributes.has(flag));
        }
        if (attributes.leftEye() != null) {
            json.writeStringField(LEFT_EYE, attributes.leftEye().key());
        }
        if (attributes.rightEye() != null) {
            json.writeStringField(RIGHT_EYE, attributes.rightEye().key());
        }
        json.writeEndObject();
    }

    /**
     * Reads an annotation's {@code attributes}; a missing object means no pose and no flags.
     *
     * @throws DatasetException naming {@code file}, {@code line} and the bad attribute
     */
    static CocoAttributes read(JsonNode node, Path file, int line) throws DatasetException {
        if (node == null || node.isNull()) {
            return new CocoAttributes(null, FaceAttributes.NONE);
        }
        if (!node.isObject()) {
            throw new DatasetException(Problem.atLine(file, line, "attributes is " + node.getNodeType()
                    + "; expected an object"));
        }
        EnumSet<WflwAttribute> flags = EnumSet.noneOf(WflwAttribute.class);
        for (WflwAttribute flag : WflwAttribute.values()) {
            if (flag(node.get(flag.key()), flag.key(), file, line)) {
                flags.add(flag);
            }
        }
        FaceAttributes attributes = new FaceAttributes(flags, eye(node.get(LEFT_EYE), LEFT_EYE, file, line),
                eye(node.get(RIGHT_EYE), RIGHT_EYE, file, line));
        return new CocoAttributes(pose(node, file, line), attributes);
    }

    private static HeadPose pose(JsonNode node, Path file, int line) throws DatasetException {
        boolean any = node.has(YAW) || node.has(PITCH) || node.has(ROLL);
        if (!any) {
            return null;
        }
        if (!(node.has(YAW) && node.has(PITCH) && node.has(ROLL))) {
            throw new DatasetException(Problem.atLine(file, line,
                    "attributes hold only part of a pose; expected yaw, pitch and roll together"));
        }
        double yaw = angle(node.get(YAW), YAW, file, line);
        double pitch = angle(node.get(PITCH), PITCH, file, line);
        double roll = angle(node.get(ROLL), ROLL, file, line);
        return new HeadPose(yaw, pitch, roll, poseSource(node.get(POSE_SOURCE), file, line));
    }

    private static double angle(JsonNode value, String key, Path file, int line) throws DatasetException {
        double angle = Double.NaN;
        if (value.isNumber()) {
            angle = value.doubleValue();
        } else if (value.isTextual() && DECIMAL.matcher(value.textValue().strip()).matches()) {
            angle = Double.parseDouble(value.textValue().strip());
        }
        if (Double.isFinite(angle)) {
            return angle;
        }
        throw new DatasetException(Problem.atLine(file, line, "attribute " + key + " is " + value
                + "; expected an angle in degrees"));
    }

    private static PoseSource poseSource(JsonNode value, Path file, int line) throws DatasetException {
        if (value == null || value.isNull()) {
            return PoseSource.IMPORTED;
        }
        for (PoseSource source : PoseSource.values()) {
            if (value.isTextual() && source.name().equalsIgnoreCase(value.textValue())) {
                return source;
            }
        }
        throw new DatasetException(Problem.atLine(file, line, "attribute " + POSE_SOURCE + " is " + value
                + "; expected one of " + EnumSet.allOf(PoseSource.class).toString().toLowerCase(Locale.ROOT)));
    }

    private static boolean flag(JsonNode value, String key, Path file, int line) throws DatasetException {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber() && (value.intValue() == 0 || value.intValue() == 1)) {
            return value.intValue() == 1;
        }
        if (value.isTextual()) {
            String text = value.textValue().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("1")) {
                return true;
            }
            if (text.equals("false") || text.equals("0") || text.isEmpty()) {
                return false;
            }
        }
        throw new DatasetException(Problem.atLine(file, line, "attribute " + key + " is " + value
                + "; expected true or false"));
    }

    private static EyeState eye(JsonNode value, String key, Path file, int line) throws DatasetException {
        if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            return null;
        }
        for (EyeState state : EyeState.values()) {
            if (value.isTextual() && state.key().equalsIgnoreCase(value.textValue().strip())) {
                return state;
            }
        }
        throw new DatasetException(Problem.atLine(file, line, "attribute " + key + " is " + value
                + "; expected \"open\" or \"closed\""));
    }
}
