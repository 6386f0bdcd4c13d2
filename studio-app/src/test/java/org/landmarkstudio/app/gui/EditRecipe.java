package org.landmarkstudio.app.gui;

import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * The edits the crash test's studio process makes, computable from the original samples alone so
 * the test can say what every face must look like after recovery.
 */
final class EditRecipe {

    /** How many edits the process makes before it is killed. */
    static final int EDITS = 12;

    private EditRecipe() {
    }

    /** The face edit {@code k} changes. */
    static int sample(int k) {
        return k % 4;
    }

    /** The point edit {@code k} moves. */
    static int point(int k) {
        return (k * 13) % 98;
    }

    /** Edit {@code k} applied to {@code landmarks}: the point moves by a non-round amount. */
    static Landmarks apply(int k, Landmarks landmarks) {
        int p = point(k);
        return landmarks.withPoint(p, landmarks.x(p) + 1.25 * (k + 1) + 1e-7, landmarks.y(p) - 0.5 * (k + 1));
    }

    /** Every face after all the edits, from the faces before them. */
    static FaceSample expected(FaceSample original, int index) {
        Landmarks out = original.landmarks();
        for (int k = 0; k < EDITS; k++) {
            if (sample(k) == index) {
                out = apply(k, out);
            }
        }
        return original.withLandmarks(out);
    }
}
