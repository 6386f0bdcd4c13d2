package org.landmarkstudio.engine.eval;

import java.util.Locale;

/** Where the evaluator takes each face's crop from. */
public enum CropSource {
    /**
     * SetPreparation's square crop around the ground-truth landmarks: how PFLD-family training
     * sets are cut, so it measures the model alone.
     */
    LANDMARKS,
    /**
     * PFPLD's inference crop (corrected) around the face box (or the landmarks' bounds when the
     * dataset has no box): what the studio's pipeline does after a detector.
     */
    BOX,
    /**
     * PFPLD's inference crop (corrected) around the box a face detector finds: the whole pipeline
     * as a user runs it. Each labelled face takes the detection that overlaps its box (or its
     * landmarks' bounds) most, if that overlap reaches {@link Evaluator#MIN_DETECTION_IOU}; a face
     * without one is counted as missed and left out of every metric.
     */
    DETECTOR;

    /** {@code landmarks}, {@code box} or {@code detector}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
