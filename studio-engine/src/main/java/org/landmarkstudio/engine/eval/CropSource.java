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
    BOX;

    /** {@code landmarks} or {@code box}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
