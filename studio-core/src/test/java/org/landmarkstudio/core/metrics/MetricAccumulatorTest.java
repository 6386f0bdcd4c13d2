package org.landmarkstudio.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landmarkstudio.core.testing.SyntheticFaces.CLOSED;
import static org.landmarkstudio.core.testing.SyntheticFaces.OPEN;
import static org.landmarkstudio.core.testing.SyntheticFaces.sample;
import static org.landmarkstudio.core.testing.SyntheticFaces.shifted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.testing.SyntheticFaces;

class MetricAccumulatorTest {

    private static final double EPS = 1e-12;
    private final Landmarks open = SyntheticFaces.wflw(OPEN, OPEN);

    /** A pair whose prediction is the ground truth moved {@code nme * 60} px in x: that NME exactly. */
    private EvaluationPair pairWithNme(double nme) {
        return new EvaluationPair(sample(open), sample(shifted(open, nme * 60, 0)));
    }

    @Test
    void summaryOfTheNumpyListMatchesNumpy() {
        List<EvaluationPair> pairs = new ArrayList<>();
        for (double nme : NmeDistributionTest.NMES) {
            pairs.add(pairWithNme(nme));
        }
        pairs.add(2, new EvaluationPair(sample(open.withoutPoint(60)), sample(open)));
        MetricSummary summary = MetricAccumulator.summarize(pairs, MetricOptions.DEFAULT);
        assertEquals(20, summary.samples());
        assertEquals(1, summary.excluded());
        assertEquals(List.of(new Exclusion(2,
                "the ground-truth outer eye corners 60 and 72 are not both labelled")), summary.exclusions());
        assertEquals(Normalization.INTER_OCULAR, summary.normalization());
        assertEquals(0.1, summary.threshold());
        assertEquals(NmeDistributionTest.MEAN, summary.nme(), EPS);
        assertEquals(NmeDistributionTest.FR_AT_0_1, summary.fr(), EPS);
        assertEquals(NmeDistributionTest.AUC_AT_0_1, summary.auc(), EPS);
        assertEquals(21, summary.ced().size());
        for (int i = 0; i < 21; i++) {
            assertEquals(NmeDistributionTest.CED_EVERY_0_005[i], summary.ced().get(i).fraction(), EPS);
        }
        assertNull(summary.pose());
        assertNull(summary.eyeAperture());
    }

    @Test
    void thresholdAndNormalizationAreOptions() {
        List<EvaluationPair> pairs = new ArrayList<>();
        for (double nme : NmeDistributionTest.NMES) {
            pairs.add(pairWithNme(nme));
        }
        MetricSummary at008 = MetricAccumulator.summarize(pairs, MetricOptions.DEFAULT.withThreshold(0.08));
        assertEquals(NmeDistributionTest.AUC_AT_0_08, at008.auc(), EPS);
        assertEquals(NmeDistributionTest.FR_AT_0_08, at008.fr(), EPS);
        // inter-pupil distance is 40, not 60: each NME grows by 60 / 40
        MetricSummary pupils = MetricAccumulator.summarize(pairs,
                MetricOptions.DEFAULT.withNormalization(Normalization.INTER_PUPIL));
        assertEquals(NmeDistributionTest.MEAN * 1.5, pupils.nme(), EPS);
    }

    @Test
    void addReturnsTheSampleNme() {
        MetricAccumulator accumulator = new MetricAccumulator(MetricOptions.DEFAULT);
        assertEquals(5.0 / 60, accumulator.add(sample(open), sample(shifted(open, 3, 4))).value(), EPS);
        assertTrue(accumulator.add(sample(open.withoutPoint(72)), sample(open)).isExcluded());
        MetricSummary summary = accumulator.summary();
        assertEquals(2, summary.samples());
        assertEquals(5.0 / 60, summary.nme(), EPS);
    }

    @Test
    void nothingMeasuredGivesNulls() {
        MetricSummary summary = MetricAccumulator.summarize(
                List.of(new EvaluationPair(sample(open.withoutPoint(60)), sample(open))), MetricOptions.DEFAULT);
        assertEquals(1, summary.excluded());
        assertNull(summary.nme());
        assertNull(summary.fr());
        assertNull(summary.auc());
        assertTrue(summary.ced().isEmpty());
    }

    @Test
    void poseMaeOverPairsWhereBothSidesHaveAPose() {
        // |13-10|, |-1-(-5)|, |0-2| = 3, 4, 2 and |-25-(-20)|, |0-0|, |6-5| = 5, 0, 1
        // MAE: yaw (3+5)/2 = 4, pitch (4+0)/2 = 2, roll (2+1)/2 = 1.5
        List<EvaluationPair> pairs = List.of(
                posed(pose(10, -5, 2), pose(13, -1, 0)),
                posed(pose(-20, 0, 5), pose(-25, 0, 6)),
                posed(null, pose(50, 50, 50)),
                posed(pose(50, 50, 50), null));
        PoseError error = MetricAccumulator.summarize(pairs, MetricOptions.DEFAULT).pose();
        assertEquals(new PoseError(2, 4, 2, 1.5), error);
        // an excluded NME does not drop the pose
        FaceSample noCorners = sample(open.withoutPoint(60)).withPose(pose(1, 1, 1));
        MetricSummary summary = MetricAccumulator.summarize(
                List.of(new EvaluationPair(noCorners, sample(open).withPose(pose(2, 3, 4)))), MetricOptions.DEFAULT);
        assertEquals(new PoseError(1, 1, 2, 3), summary.pose());
    }

    @Test
    void eyeApertureErrorOverClosedEyesOnly() {
        // pair 1: GT left closed (EAR 0.05), right open; predicted left EAR 0.2 -> error 0.15
        // pair 2: GT both closed (0.05, 0.05); predicted 0.1 and 0.05 -> errors 0.05 and 0
        // pair 3: GT open by aperture but labelled closed on the right (EAR 0.3); predicted 0.1 -> -0.2
        // pair 4: GT closed by aperture but labelled open on both eyes: not counted
        // per eye: |errors| = 0.15, 0.05, 0, 0.2 over 4 eyes; signed 0.15 + 0.05 + 0 - 0.2 = 0
        List<EvaluationPair> pairs = List.of(
                eyes(SyntheticFaces.wflw(CLOSED, OPEN), SyntheticFaces.wflw(2, OPEN)),
                eyes(SyntheticFaces.wflw(CLOSED, CLOSED), SyntheticFaces.wflw(1, CLOSED)),
                new EvaluationPair(labelled(SyntheticFaces.wflw(OPEN, OPEN), null, EyeState.CLOSED),
                        sample(SyntheticFaces.wflw(OPEN, 1))),
                new EvaluationPair(labelled(SyntheticFaces.wflw(CLOSED, CLOSED), EyeState.OPEN, EyeState.OPEN),
                        sample(SyntheticFaces.wflw(OPEN, OPEN))));
        EyeApertureError error = MetricAccumulator.summarize(pairs, MetricOptions.DEFAULT).eyeAperture();
        assertEquals(4, error.eyes());
        assertEquals((0.15 + 0.05 + 0 + 0.2) / 4, error.meanAbsError(), EPS);
        assertEquals(0, error.meanSignedError(), EPS);
    }

    @Test
    void eyeThresholdIsAnOption() {
        // EAR 0.15 is open at 0.1 and closed at 0.2; predicted 0.3 -> error 0.15 on one eye
        List<EvaluationPair> pairs = List.of(eyes(SyntheticFaces.wflw(1.5, OPEN), SyntheticFaces.wflw(OPEN, OPEN)));
        assertNull(MetricAccumulator.summarize(pairs, MetricOptions.DEFAULT).eyeAperture());
        MetricOptions wide = new MetricOptions(Normalization.INTER_OCULAR, 0.1, 20, new EyeAperture(0.2));
        EyeApertureError error = MetricAccumulator.summarize(pairs, wide).eyeAperture();
        assertEquals(1, error.eyes());
        assertEquals(0.15, error.meanAbsError(), EPS);
    }

    @Test
    void summarySerializesToJsonWithNullsForTheUnmeasured() throws Exception {
        MetricSummary summary = MetricAccumulator.summarize(List.of(pairWithNme(0.05)), MetricOptions.DEFAULT);
        JsonNode json = new ObjectMapper().valueToTree(summary);
        assertEquals(1, json.get("samples").asInt());
        assertEquals(0.05, json.get("nme").asDouble(), EPS);
        assertEquals("INTER_OCULAR", json.get("normalization").asText());
        assertEquals(21, json.get("ced").size());
        assertEquals(0.05, json.get("ced").get(10).get("threshold").asDouble(), EPS);
        assertTrue(json.get("pose").isNull());
        assertTrue(json.get("eyeAperture").isNull());
    }

    private static HeadPose pose(double yaw, double pitch, double roll) {
        return new HeadPose(yaw, pitch, roll, PoseSource.ANNOTATOR);
    }

    private EvaluationPair posed(HeadPose gt, HeadPose pred) {
        return new EvaluationPair(sample(open).withPose(gt), sample(open).withPose(pred));
    }

    private static EvaluationPair eyes(Landmarks gt, Landmarks pred) {
        return new EvaluationPair(sample(gt), sample(pred));
    }

    private static FaceSample labelled(Landmarks landmarks, EyeState left, EyeState right) {
        FaceSample s = sample(landmarks);
        return s.withAttributes(s.attributes().withEyes(left, right));
    }
}
