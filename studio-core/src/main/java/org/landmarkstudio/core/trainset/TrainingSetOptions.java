package org.landmarkstudio.core.trainset;

import org.landmarkstudio.core.eyes.EyeAperture;

/**
 * How to build a PFPLD training set.
 *
 * @param seed      seeds every random draw (300W-LP crop margins, augmentation); the same seed
 *                  and inputs give the same files
 * @param eyes      the closed-eye rule that selects LaPa faces
 * @param augmented extra augmented crops per WFLW / LaPa face (SetPreparation's rotation,
 *                  jitter and mirror); 0 writes only the plain crop
 */
public record TrainingSetOptions(long seed, EyeAperture eyes, int augmented) {

    /** Seed 0, PFPLD's 0.1 EAR threshold, no augmentation. */
    public static final TrainingSetOptions DEFAULT = new TrainingSetOptions(0, EyeAperture.DEFAULT, 0);

    public TrainingSetOptions {
        if (augmented < 0) {
            throw new IllegalArgumentException("augmented crops per face must be >= 0, got " + augmented);
        }
    }
}
