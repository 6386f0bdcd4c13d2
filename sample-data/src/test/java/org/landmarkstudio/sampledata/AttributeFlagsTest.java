package org.landmarkstudio.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.WflwAttribute;

/** The options and flags say what was drawn: fractions of 0 and 1 give none and all. */
class AttributeFlagsTest {

    private static List<SyntheticFace> generate(SynthOptions options, int count) {
        FaceGenerator generator = new FaceGenerator(options);
        return IntStream.range(0, count).parallel().mapToObj(i -> generator.generate(77, i)).toList();
    }

    @Test
    void everyFaceIsOccludedAtOccludedFractionOneAndNoneAtZero() {
        for (SyntheticFace face : generate(new SynthOptions(64, 0.3, 1, 0.25), 40)) {
            assertTrue(face.attributes().has(WflwAttribute.OCCLUSION));
        }
        for (SyntheticFace face : generate(new SynthOptions(64, 0.3, 0, 0.25), 40)) {
            assertFalse(face.attributes().has(WflwAttribute.OCCLUSION));
        }
    }

    @Test
    void closedEyeFractionOneClosesAnEyeOnEveryFaceAndZeroOnNone() {
        for (SyntheticFace face : generate(new SynthOptions(64, 1, 0, 0.25), 40)) {
            assertTrue(face.leftEye() == EyeState.CLOSED || face.rightEye() == EyeState.CLOSED);
        }
        int closed = 0;
        for (SyntheticFace face : generate(new SynthOptions(64, 0, 0, 0.25), 40)) {
            closed += face.leftEye() == EyeState.CLOSED || face.rightEye() == EyeState.CLOSED ? 1 : 0;
        }
        assertEquals(0, closed);
    }

    @Test
    void largePoseFractionOneTurnsEveryFaceBeyondThirtyDegreesAndZeroNone() {
        for (SyntheticFace face : generate(new SynthOptions(64, 0.3, 0, 1), 40)) {
            assertTrue(face.attributes().has(WflwAttribute.POSE));
            assertTrue(face.pose().maxAbsAngle() > 30);
        }
        for (SyntheticFace face : generate(new SynthOptions(64, 0.3, 0, 0), 40)) {
            assertFalse(face.attributes().has(WflwAttribute.POSE));
            assertTrue(face.pose().maxAbsAngle() <= 30);
        }
    }

    @Test
    void everyOtherFlagAppearsAtRoughlyItsRate() {
        List<SyntheticFace> faces = generate(new SynthOptions(64, 0.3, 0.15, 0.25), 300);
        for (WflwAttribute flag : List.of(WflwAttribute.EXPRESSION, WflwAttribute.ILLUMINATION, WflwAttribute.MAKEUP,
                WflwAttribute.BLUR)) {
            long n = faces.stream().filter(f -> f.attributes().has(flag)).count();
            assertTrue(n >= 12 && n <= 80, flag + " on " + n + " of 300 faces");
        }
    }
}
