package org.landmarkstudio.core.crop;

import java.util.BitSet;

/**
 * The bounds of the labelled points of single-precision interleaved coordinates, computed in
 * float as PFPLD's scripts do on their float32 landmark arrays.
 */
record Float32Bounds(float minX, float minY, float maxX, float maxY) {

    /** The bounds of the points set in {@code labelled}; {@code labelled} must not be empty. */
    static Float32Bounds of(float[] xy, BitSet labelled) {
        float minX = Float.POSITIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int i = labelled.nextSetBit(0); i >= 0; i = labelled.nextSetBit(i + 1)) {
            minX = Math.min(minX, xy[2 * i]);
            minY = Math.min(minY, xy[2 * i + 1]);
            maxX = Math.max(maxX, xy[2 * i]);
            maxY = Math.max(maxY, xy[2 * i + 1]);
        }
        return new Float32Bounds(minX, minY, maxX, maxY);
    }
}
