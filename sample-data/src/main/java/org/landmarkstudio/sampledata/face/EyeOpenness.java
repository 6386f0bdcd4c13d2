package org.landmarkstudio.sampledata.face;

/**
 * How far each eye is open: 0 closed (the upper lid lies on the lower lid) .. 1 wide open.
 *
 * @param left  the image-left eye (the subject's right eye)
 * @param right the image-right eye
 */
public record EyeOpenness(double left, double right) {

    public EyeOpenness {
        if (!(left >= 0 && left <= 1) || !(right >= 0 && right <= 1)) {
            throw new IllegalArgumentException("eye openness must be 0..1, not " + left + ", " + right);
        }
    }

    /** The openness of the eye on {@code side} (-1 image left, +1 image right). */
    public double of(int side) {
        return side < 0 ? left : right;
    }

    /** A copy with the eye on {@code side} set to {@code value}. */
    public EyeOpenness with(int side, double value) {
        return side < 0 ? new EyeOpenness(value, right) : new EyeOpenness(left, value);
    }
}
