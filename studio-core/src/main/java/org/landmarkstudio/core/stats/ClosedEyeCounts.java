package org.landmarkstudio.core.stats;

/**
 * How many samples have a closed eye, by eye.
 *
 * @param left   image-left eye closed
 * @param right  image-right eye closed
 * @param both   both eyes closed
 * @param either at least one eye closed
 */
public record ClosedEyeCounts(int left, int right, int both, int either) {
}
