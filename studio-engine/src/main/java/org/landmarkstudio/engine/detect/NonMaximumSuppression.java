package org.landmarkstudio.engine.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.landmarkstudio.core.sample.Box;

/**
 * Hard non-maximum suppression: keeps one box per face out of the many overlapping boxes an SSD
 * detector fires around it.
 *
 * <p>Candidates are taken in descending score (only the best {@code candidateLimit}); each kept
 * box removes every remaining box whose intersection over union with it exceeds
 * {@code iouThreshold}. This is the UltraFace predictor's {@code hard_nms} (threshold 0.3, 200
 * candidates). Boxes with no area never overlap anything. Intersection over union does not change
 * when both axes are scaled, so it gives the same result on normalized or pixel boxes.
 *
 * @param iouThreshold overlap above which the lower-scored box is dropped
 * @param candidateLimit how many of the best-scored candidates are considered at all
 */
public record NonMaximumSuppression(double iouThreshold, int candidateLimit) {

    /** The UltraFace predictor's defaults: IoU 0.3, 200 candidates. */
    public static final NonMaximumSuppression ULTRAFACE = new NonMaximumSuppression(0.3, 200);

    /** Checks the threshold is in [0, 1] and the limit positive. */
    public NonMaximumSuppression {
        if (!(iouThreshold >= 0 && iouThreshold <= 1)) {
            throw new IllegalArgumentException("IoU threshold must be in [0, 1], got " + iouThreshold);
        }
        if (candidateLimit <= 0) {
            throw new IllegalArgumentException("candidate limit must be positive, got " + candidateLimit);
        }
    }

    /** The kept detections, highest score first; ties keep their input order. */
    public List<FaceDetection> apply(List<FaceDetection> candidates) {
        List<FaceDetection> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparingDouble(FaceDetection::score).reversed());
        if (remaining.size() > candidateLimit) {
            remaining = new ArrayList<>(remaining.subList(0, candidateLimit));
        }
        List<FaceDetection> kept = new ArrayList<>();
        while (!remaining.isEmpty()) {
            FaceDetection best = remaining.remove(0);
            kept.add(best);
            remaining.removeIf(other -> intersectionOverUnion(best.box(), other.box()) > iouThreshold);
        }
        return kept;
    }

    /** Intersection area over union area of two corner boxes; 0 when the union is empty. */
    public static double intersectionOverUnion(Box a, Box b) {
        double iw = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        double ih = Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1());
        double intersection = Math.max(0, iw) * Math.max(0, ih);
        double union = area(a) + area(b) - intersection;
        return union > 0 ? intersection / union : 0;
    }

    private static double area(Box box) {
        return Math.max(0, box.x2() - box.x1()) * Math.max(0, box.y2() - box.y1());
    }
}
