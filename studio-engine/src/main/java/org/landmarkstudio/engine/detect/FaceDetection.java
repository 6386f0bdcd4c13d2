package org.landmarkstudio.engine.detect;

import java.util.Objects;
import org.landmarkstudio.core.sample.Box;

/**
 * One face found by a detector: where it is and how sure the detector is.
 *
 * @param box the face box in the coordinates of the image given to the detector (pixels for
 *     {@link FaceDetector#detect})
 * @param score the detector's confidence, 0 to 1
 */
public record FaceDetection(Box box, double score) {

    /** Checks that there is a box and that the score is a number. */
    public FaceDetection {
        Objects.requireNonNull(box, "box");
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is NaN");
        }
    }
}
