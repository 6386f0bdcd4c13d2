package org.landmarkstudio.core.subset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.landmarkstudio.core.testing.SyntheticFaces.CLOSED;
import static org.landmarkstudio.core.testing.SyntheticFaces.OPEN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.testing.SyntheticFaces;

class SubsetCatalogTest {

    /** Samples 0-11, each made to fall in a known set of built-ins. */
    static List<FaceSample> samples() {
        List<FaceSample> s = new ArrayList<>();
        s.add(face(OPEN, OPEN, "wflw"));                                          // 0 nothing
        s.add(face(CLOSED, OPEN, "wflw"));                                        // 1 closed left
        s.add(face(OPEN, CLOSED, "wflw"));                                        // 2 closed right
        s.add(face(CLOSED, CLOSED, "lapa"));                                      // 3 closed both
        FaceSample labelled = face(OPEN, OPEN, "lapa");                           // 4 right closed by label,
        s.add(labelled.withAttributes(labelled.attributes().withEyes(EyeState.OPEN, EyeState.CLOSED)));
        FaceSample openByLabel = face(CLOSED, CLOSED, "lapa");                    //   5 open by label
        s.add(openByLabel.withAttributes(openByLabel.attributes().withEyes(EyeState.OPEN, EyeState.OPEN)));
        s.add(SyntheticFaces.sample(SyntheticFaces.wflw(CLOSED, OPEN).withoutPoint(61), "wflw")); // 6 left state unknown
        s.add(face(OPEN, OPEN, "300w-lp/IBUG").withPose(pose(31, 0, 0)));         // 7 large yaw
        s.add(face(OPEN, OPEN, "300w-lp/HELEN").withPose(pose(30, -30, 30)));     // 8 exactly 30: not large
        s.add(face(OPEN, OPEN, "300w-lp/HELEN").withPose(pose(0, -35, 0)));       // 9 large pitch
        s.add(face(OPEN, OPEN, "300w-lpx").withPose(pose(0, 0, 45)));             // 10 large roll
        s.add(face(OPEN, OPEN, "wflw").withAttributes(new FaceAttributes(          // 11 pose, makeup, blur
                EnumSet.of(WflwAttribute.POSE, WflwAttribute.MAKEUP, WflwAttribute.BLUR), null, null)));
        for (WflwAttribute flag : List.of(WflwAttribute.EXPRESSION, WflwAttribute.ILLUMINATION,
                WflwAttribute.OCCLUSION)) {                                       // 12-14 one flag each
            s.add(face(OPEN, OPEN, "wflw").withAttributes(FaceAttributes.NONE.with(flag, true)));
        }
        return s;
    }

    @Test
    void everyBuiltInSelectsTheExpectedSamples() {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("closed-eye", List.of(1, 2, 3, 4));
        expected.put("closed-left", List.of(1, 3));
        expected.put("closed-right", List.of(2, 3, 4));
        expected.put("closed-both", List.of(3));
        expected.put("pose", List.of(11));
        expected.put("expression", List.of(12));
        expected.put("illumination", List.of(13));
        expected.put("makeup", List.of(11));
        expected.put("occlusion", List.of(14));
        expected.put("blur", List.of(11));
        expected.put("large-pose", List.of(7, 9, 10));
        expected.put("has-pose", List.of(7, 8, 9, 10));
        List<String> names = SubsetCatalog.DEFAULT.builtIns().stream().map(Subset::name).toList();
        assertEquals(List.copyOf(expected.keySet()), names);
        List<FaceSample> samples = samples();
        for (Map.Entry<String, List<Integer>> e : expected.entrySet()) {
            assertEquals(e.getValue(), members(SubsetCatalog.DEFAULT.byName(e.getKey()), samples), e.getKey());
        }
    }

    @Test
    void anEyeWithAnUnlabelledPointIsNotClosed() {
        // sample 6 has a closed left lid, but point 61 is unlabelled: its EAR and state are unknown
        FaceSample unknown = samples().get(6);
        assertEquals(null, EyeAperture.DEFAULT.leftState(unknown));
        assertEquals(false, SubsetCatalog.DEFAULT.byName("closed-left").contains(unknown));
    }

    @Test
    void sourceMatchesTheDatasetAndItsParts() {
        List<FaceSample> samples = samples();
        assertEquals(List.of(7, 8, 9), members(SubsetCatalog.source("300w-lp"), samples));
        assertEquals(List.of(8, 9), members(SubsetCatalog.DEFAULT.byName("source:300w-lp/HELEN"), samples));
        assertEquals(List.of(10), members(SubsetCatalog.DEFAULT.byName("source:300w-lpx"), samples));
        assertEquals(List.of(), members(SubsetCatalog.DEFAULT.byName("source:300w"), samples));
        assertEquals(List.of(3, 4, 5), members(SubsetCatalog.DEFAULT.byName("SOURCE:lapa"), samples));
        assertEquals(List.of(), members(SubsetCatalog.DEFAULT.byName("source:LAPA"), samples));
    }

    @Test
    void thresholdsAreConfigurable() {
        // EAR 0.15: open at the default 0.1, closed at 0.2; yaw 31: large above 30, not above 40
        List<FaceSample> samples = List.of(face(1.5, OPEN, "wflw"), face(OPEN, OPEN, "wflw").withPose(pose(31, 0, 0)));
        SubsetCatalog loose = new SubsetCatalog(new EyeAperture(0.2), 40);
        assertEquals(List.of(), members(SubsetCatalog.DEFAULT.byName("closed-eye"), samples));
        assertEquals(List.of(0), members(loose.byName("closed-eye"), samples));
        assertEquals(List.of(1), members(SubsetCatalog.DEFAULT.byName("large-pose"), samples));
        assertEquals(List.of(), members(loose.byName("large-pose"), samples));
    }

    @Test
    void countListsBuiltInsThenEachSource() {
        List<SubsetCount> counts = SubsetCatalog.DEFAULT.count(samples());
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (SubsetCount c : counts) {
            byName.put(c.name(), c.count());
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("closed-eye", 4);
        expected.put("closed-left", 2);
        expected.put("closed-right", 3);
        expected.put("closed-both", 1);
        expected.put("pose", 1);
        expected.put("expression", 1);
        expected.put("illumination", 1);
        expected.put("makeup", 1);
        expected.put("occlusion", 1);
        expected.put("blur", 1);
        expected.put("large-pose", 3);
        expected.put("has-pose", 4);
        expected.put("source:wflw", 8);
        expected.put("source:lapa", 3);
        expected.put("source:300w-lp", 3);
        expected.put("source:300w-lp/IBUG", 1);
        expected.put("source:300w-lp/HELEN", 2);
        expected.put("source:300w-lpx", 1);
        assertEquals(expected, byName);
        assertEquals(List.copyOf(expected.keySet()), counts.stream().map(SubsetCount::name).toList());
        assertEquals("at least one eye closed", counts.get(0).description());
        assertEquals("|yaw|, |pitch| or |roll| above 30 degrees", counts.get(10).description());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubsetCatalog.DEFAULT.byName("closed"));
        assertEquals("unknown subset 'closed'; known subsets: closed-eye, closed-left, closed-right, closed-both, "
                + "pose, expression, illumination, makeup, occlusion, blur, large-pose, has-pose, source:NAME",
                e.getMessage());
    }

    static FaceSample face(double leftLid, double rightLid, String dataset) {
        return SyntheticFaces.sample(SyntheticFaces.wflw(leftLid, rightLid), dataset);
    }

    static HeadPose pose(double yaw, double pitch, double roll) {
        return new HeadPose(yaw, pitch, roll, PoseSource.POSE_PARA);
    }

    static List<Integer> members(Subset subset, List<FaceSample> samples) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (subset.contains(samples.get(i))) {
                out.add(i);
            }
        }
        return out;
    }
}
