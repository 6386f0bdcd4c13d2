package org.landmarkstudio.engine.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.sample.Box;

/** Hard NMS on hand-made boxes whose overlaps are worked out in the comments. */
class NonMaximumSuppressionTest {

    private static FaceDetection face(double x1, double y1, double x2, double y2, double score) {
        return new FaceDetection(new Box(x1, y1, x2, y2), score);
    }

    @Test
    void intersectionOverUnionOfHandMadeBoxes() {
        Box square = new Box(0, 0, 10, 10);
        // Shifted by 5: overlap 5x10 = 50, union 100 + 100 - 50 = 150.
        assertEquals(1.0 / 3, NonMaximumSuppression.intersectionOverUnion(square, new Box(5, 0, 15, 10)), 1e-15);
        // Inside: overlap 25 = the small box, union 100.
        assertEquals(0.25, NonMaximumSuppression.intersectionOverUnion(square, new Box(2, 2, 7, 7)), 1e-15);
        // Touching edges share no area.
        assertEquals(0.0, NonMaximumSuppression.intersectionOverUnion(square, new Box(10, 0, 20, 10)));
        assertEquals(1.0, NonMaximumSuppression.intersectionOverUnion(square, square));
        // A box without area overlaps nothing, not even itself.
        Box line = new Box(3, 3, 3, 8);
        assertEquals(0.0, NonMaximumSuppression.intersectionOverUnion(line, line));
    }

    @Test
    void overlapsAboveTheThresholdAreDroppedInScoreOrder() {
        FaceDetection best = face(0, 0, 10, 10, 0.9);
        FaceDetection shifted2 = face(2, 0, 12, 10, 0.95);   // IoU with best: 80 / 120 = 0.667
        FaceDetection shifted5 = face(5, 0, 15, 10, 0.8);    // IoU with best: 50 / 150 = 1/3
        FaceDetection far = face(100, 100, 110, 110, 0.5);
        List<FaceDetection> kept = NonMaximumSuppression.ULTRAFACE.apply(List.of(best, shifted2, shifted5, far));
        // shifted2 scores highest; it removes best (0.667 > 0.3) and shifted5 (overlap 7x10 = 70,
        // union 130, IoU 0.538 > 0.3); far overlaps nothing.
        assertEquals(List.of(shifted2, far), kept);
    }

    @Test
    void anOverlapAtTheThresholdIsKept() {
        FaceDetection a = face(0, 0, 10, 10, 0.9);
        FaceDetection b = face(5, 0, 15, 10, 0.8);   // IoU exactly 1/3
        assertEquals(List.of(a, b), new NonMaximumSuppression(1.0 / 3, 200).apply(List.of(b, a)));
        assertEquals(List.of(a), new NonMaximumSuppression(0.3, 200).apply(List.of(b, a)));
    }

    @Test
    void onlyTheBestCandidatesAreConsidered() {
        FaceDetection a = face(0, 0, 10, 10, 0.9);
        FaceDetection b = face(20, 0, 30, 10, 0.8);
        FaceDetection c = face(40, 0, 50, 10, 0.7);
        assertEquals(List.of(a, b), new NonMaximumSuppression(0.3, 2).apply(List.of(c, b, a)));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new NonMaximumSuppression(1.5, 200));
        assertThrows(IllegalArgumentException.class, () -> new NonMaximumSuppression(Double.NaN, 200));
        assertThrows(IllegalArgumentException.class, () -> new NonMaximumSuppression(0.3, 0));
    }
}
