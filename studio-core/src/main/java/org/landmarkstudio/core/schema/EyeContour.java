package org.landmarkstudio.core.schema;

/**
 * The points of one eye in aperture order: two corners and the lid points between them.
 *
 * <p>For 8-point eyes (WFLW, LaPa) the order is p0 corner, p1..p3 upper lid, p4 other corner,
 * p5..p7 lower lid running back, so p1 faces p7, p2 faces p6 and p3 faces p5 (PFPLD's EAR).
 * For 6-point eyes (iBUG-68) it is p0 corner, p1..p2 upper, p3 corner, p4..p5 lower, so p1
 * faces p5 and p2 faces p4 (the usual 68-point eye aspect ratio).
 *
 * @param indices the eye's point indices in that order (6 or 8 of them)
 */
public record EyeContour(int[] indices) {

    public EyeContour {
        if (indices.length != 6 && indices.length != 8) {
            throw new IllegalArgumentException("an eye contour has 6 or 8 points, not " + indices.length);
        }
        indices = indices.clone();
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    /** Number of points on the contour. */
    public int size() {
        return indices.length;
    }

    /** The index of the i-th point in aperture order. */
    public int point(int i) {
        return indices[i];
    }

    /** The corner opposite p0. */
    public int farCorner() {
        return indices[indices.length / 2];
    }
}
