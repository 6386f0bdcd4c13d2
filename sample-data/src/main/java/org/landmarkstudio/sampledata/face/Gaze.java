package org.landmarkstudio.sampledata.face;

import java.util.random.RandomGenerator;

/**
 * Where the eyes look relative to the head, as a share of how far the iris can travel.
 *
 * @param horizontal -1 towards the image left .. 1 towards the image right
 * @param vertical   -1 down .. 1 up
 */
public record Gaze(double horizontal, double vertical) {

    /** Looking straight ahead. */
    public static final Gaze AHEAD = new Gaze(0, 0);

    public Gaze {
        if (!(Math.abs(horizontal) <= 1) || !(Math.abs(vertical) <= 1)) {
            throw new IllegalArgumentException("gaze must be -1..1, not " + horizontal + ", " + vertical);
        }
    }

    /** A random gaze, mostly near straight ahead. */
    public static Gaze random(RandomGenerator r) {
        return new Gaze(Math.max(-1, Math.min(1, 0.3 * r.nextGaussian())),
                Math.max(-1, Math.min(1, 0.25 * r.nextGaussian())));
    }
}
