package org.landmarkstudio.core.trainset;

import java.util.Random;

/**
 * Derives an independent random stream per input face from the build seed, so a face's crop
 * does not depend on how many draws the faces before it needed.
 */
final class CropSeeds {

    private final long seed;

    CropSeeds(long seed) {
        this.seed = seed;
    }

    /** The stream for the {@code index}-th face of {@code source}. */
    Random forFace(TrainingSource source, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + index + ((long) source.ordinal() << 40));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
