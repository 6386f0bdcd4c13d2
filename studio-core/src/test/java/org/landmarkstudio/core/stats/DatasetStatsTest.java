package org.landmarkstudio.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.landmarkstudio.core.testing.SyntheticFaces.CLOSED;
import static org.landmarkstudio.core.testing.SyntheticFaces.OPEN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.testing.SyntheticFaces;

class DatasetStatsTest {

    private static final Path LIST = Path.of("data/list.txt");

    private static Dataset small() {
        List<FaceSample> s = new ArrayList<>();
        s.add(face(OPEN, OPEN).withPose(pose(10, -20, 3)));
        s.add(face(CLOSED, OPEN).withPose(pose(-40, 5, -6)));
        s.add(face(CLOSED, CLOSED).withAttributes(new FaceAttributes(
                EnumSet.of(WflwAttribute.OCCLUSION, WflwAttribute.BLUR), null, null)));
        FaceSample labelled = face(OPEN, OPEN).withPose(pose(0, 30, 0));
        s.add(labelled.withAttributes(new FaceAttributes(EnumSet.of(WflwAttribute.BLUR), null, EyeState.CLOSED)));
        s.add(face(OPEN, CLOSED).withAttributes(FaceAttributes.NONE.with(WflwAttribute.POSE, true)));
        List<Problem> problems = List.of(Problem.atLine(LIST, 4, "expected 207 tokens, found 12"),
                Problem.atVariable(Path.of("a.mat"), "pt2d", "expected 2x68"));
        return new Dataset("wflw", LIST, PointSchema.WFLW_98, s, problems, 2);
    }

    @Test
    void countsEyesAttributesAndPose() {
        DatasetStats stats = DatasetStats.of(small(), EyeAperture.DEFAULT);
        assertEquals("wflw", stats.format());
        assertEquals("wflw98", stats.schema());
        assertEquals(5, stats.samples());
        assertEquals(2, stats.skipped());
        assertEquals(List.of(LIST + ":4: expected 207 tokens, found 12", "a.mat[pt2d]: expected 2x68"),
                stats.problems().stream().map(Problem::toString).toList());
        // left closed: 1, 2; right closed: 2, 3 (by label), 4; both: 2; either: 1, 2, 3, 4
        assertEquals(new ClosedEyeCounts(2, 3, 1, 4), stats.closedEye());
        Map<String, Integer> attributes = new LinkedHashMap<>();
        attributes.put("pose", 1);
        attributes.put("expression", 0);
        attributes.put("illumination", 0);
        attributes.put("makeup", 0);
        attributes.put("occlusion", 1);
        attributes.put("blur", 2);
        assertEquals(attributes, stats.attributes());
        assertEquals(List.copyOf(attributes.keySet()), List.copyOf(stats.attributes().keySet()));
        // yaw 10, -40, 0: min -40, max 10, mean -30/3 = -10; pitch -20, 5, 30: mean 15/3 = 5;
        // roll 3, -6, 0: mean -3/3 = -1
        assertEquals(new PoseStats(3, new AngleStats(-40, 10, -10), new AngleStats(-20, 30, 5),
                new AngleStats(-6, 3, -1)), stats.pose());
    }

    @Test
    void poseIsNullWhenNoSampleHasOne() {
        Dataset noPose = Dataset.of("lapa", LIST, PointSchema.WFLW_98, List.of(face(OPEN, OPEN)));
        DatasetStats stats = DatasetStats.of(noPose, EyeAperture.DEFAULT);
        assertNull(stats.pose());
        assertEquals(new ClosedEyeCounts(0, 0, 0, 0), stats.closedEye());
        assertEquals(List.of(), stats.problems());
    }

    @Test
    void eyeThresholdIsAParameter() {
        // EAR 0.15 on the left: open at 0.1, closed at 0.2
        Dataset d = Dataset.of("wflw", LIST, PointSchema.WFLW_98, List.of(face(1.5, OPEN)));
        assertEquals(0, DatasetStats.of(d, EyeAperture.DEFAULT).closedEye().left());
        assertEquals(1, DatasetStats.of(d, new EyeAperture(0.2)).closedEye().left());
    }

    @Test
    void serializesWithTheDocumentedKeys() {
        JsonNode json = new ObjectMapper().valueToTree(DatasetStats.of(small(), EyeAperture.DEFAULT));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("format", "schema", "samples", "skipped", "problems", "closedEye", "attributes", "pose"),
                keys);
        assertEquals(4, json.get("closedEye").get("either").asInt());
        List<String> flags = new ArrayList<>();
        json.get("attributes").fieldNames().forEachRemaining(flags::add);
        assertEquals(List.of("pose", "expression", "illumination", "makeup", "occlusion", "blur"), flags);
        assertEquals(-10, json.get("pose").get("yaw").get("mean").asDouble());
        assertEquals(30, json.get("pose").get("pitch").get("max").asDouble());
    }

    private static FaceSample face(double leftLid, double rightLid) {
        return SyntheticFaces.sample(SyntheticFaces.wflw(leftLid, rightLid), "wflw");
    }

    private static HeadPose pose(double yaw, double pitch, double roll) {
        return new HeadPose(yaw, pitch, roll, PoseSource.PFPLD_LIST);
    }
}
