package org.landmarkstudio.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landmarkstudio.core.testing.SyntheticFaces.OPEN;
import static org.landmarkstudio.core.testing.SyntheticFaces.sample;
import static org.landmarkstudio.core.testing.SyntheticFaces.shifted;

import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.testing.SyntheticFaces;

class NormalizationTest {

    private static final double EPS = 1e-12;
    private final Landmarks face = SyntheticFaces.wflw(OPEN, OPEN);

    @Test
    void interOcularNmeOfAUniformShift() {
        // every point moves by (3, 4): error 5 px each; outer corners (30,50)-(90,50): 60 px
        SampleNme nme = Normalization.INTER_OCULAR.nme(sample(face), shifted(face, 3, 4));
        assertFalse(nme.isExcluded());
        assertEquals(5.0 / 60, nme.value(), EPS);
    }

    @Test
    void interOcularNmeOfOneMovedPoint() {
        // point 10 moves by (6, 8) = 10 px, the other 97 points are exact: 10 / 98 / 60
        Landmarks pred = face.withPoint(10, face.x(10) + 6, face.y(10) + 8);
        assertEquals(10.0 / 98 / 60, Normalization.INTER_OCULAR.nme(sample(face), pred).value(), EPS);
    }

    @Test
    void unlabelledGroundTruthPointsDoNotCount() {
        // GT leaves 0 and 1 unlabelled; the prediction is 1000 px off there and 10 px off at
        // point 2: only the 96 labelled points count, 10 / 96 / 60
        Landmarks gt = face.withoutPoint(0).withoutPoint(1);
        Landmarks pred = face.withPoint(0, 1000, 1000).withPoint(1, -1000, 0)
                .withPoint(2, face.x(2) + 6, face.y(2) + 8);
        assertEquals(10.0 / 96 / 60, Normalization.INTER_OCULAR.nme(sample(gt), pred).value(), EPS);
    }

    @Test
    void sampleIsExcludedWhenTheEyeCornersAreUnlabelled() {
        SampleNme nme = Normalization.INTER_OCULAR.nme(sample(face.withoutPoint(72)), face);
        assertTrue(nme.isExcluded());
        assertTrue(Double.isNaN(nme.value()));
        assertEquals("the ground-truth outer eye corners 60 and 72 are not both labelled", nme.exclusion());
    }

    @Test
    void sampleIsExcludedWhenTheGroundTruthHasNoPoint() {
        SampleNme nme = Normalization.BOX.nme(sample(Landmarks.unlabelled(PointSchema.WFLW_98)), face);
        assertEquals("the ground truth has no labelled point", nme.exclusion());
    }

    @Test
    void sampleIsExcludedWhenTheCornersCoincide() {
        Landmarks gt = face.withPoint(72, 30, 50);
        assertEquals("the ground-truth inter-ocular distance is zero",
                Normalization.INTER_OCULAR.nme(sample(gt), face).exclusion());
    }

    @Test
    void interPupilUsesThePupilPoints() {
        // pupils (40,50)-(80,50): 40 px; uniform error 5 px
        assertEquals(40, Normalization.INTER_PUPIL.distance(sample(face)), EPS);
        assertEquals(5.0 / 40, Normalization.INTER_PUPIL.nme(sample(face), shifted(face, 3, 4)).value(), EPS);
        assertEquals("the ground-truth pupils 96 and 97 are not both labelled",
                Normalization.INTER_PUPIL.nme(sample(face.withoutPoint(97)), face).exclusion());
    }

    @Test
    void interPupilFallsBackToEyeCentroidsWithoutPupils() {
        // iBUG-68 eye centroids (40,50) and (80,50): 40 px
        Landmarks ibug = SyntheticFaces.ibug(OPEN, OPEN);
        assertEquals(40, Normalization.INTER_PUPIL.distance(sample(ibug)), EPS);
        assertEquals(5.0 / 40, Normalization.INTER_PUPIL.nme(sample(ibug), shifted(ibug, 3, 4)).value(), EPS);
        assertEquals("the ground-truth eye contours are not fully labelled, so the eye centres are unknown",
                Normalization.INTER_PUPIL.nme(sample(ibug.withoutPoint(40)), ibug).exclusion());
    }

    @Test
    void interOcularOnIbugUsesPoints36And45() {
        Landmarks ibug = SyntheticFaces.ibug(OPEN, OPEN);
        assertEquals(60, Normalization.INTER_OCULAR.distance(sample(ibug)), EPS);
    }

    @Test
    void boxUsesTheGroundTruthBoxElseTheLandmarkBounds() {
        // box 80 x 45: sqrt(3600) = 60
        FaceSample boxed = sample(face).withBox(new Box(10, 20, 90, 65));
        assertEquals(60, Normalization.BOX.distance(boxed), EPS);
        assertEquals(5.0 / 60, Normalization.BOX.nme(boxed, shifted(face, 3, 4)).value(), EPS);
        // no box: the bounds (0,0)-(120,120) give sqrt(120 * 120) = 120
        assertEquals(5.0 / 120, Normalization.BOX.nme(sample(face), shifted(face, 3, 4)).value(), EPS);
        FaceSample flat = sample(face).withBox(new Box(10, 20, 90, 20));
        assertEquals("the ground-truth box distance is zero", Normalization.BOX.nme(flat, face).exclusion());
    }

    @Test
    void predictionMustBeCompleteAndInTheSameSchema() {
        FaceSample gt = sample(face);
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> Normalization.INTER_OCULAR.nme(gt, SyntheticFaces.ibug(OPEN, OPEN)));
        assertEquals("the prediction is in ibug68 but the ground truth is in wflw98; map it first", other.getMessage());
        IllegalArgumentException partial = assertThrows(IllegalArgumentException.class,
                () -> Normalization.INTER_OCULAR.nme(gt, face.withoutPoint(5)));
        assertEquals("the prediction labels only 97 of 98 points; a prediction must be complete",
                partial.getMessage());
    }
}
