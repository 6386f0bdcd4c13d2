package org.landmarkstudio.core.sample;

/**
 * An axis-aligned face rectangle in image pixels, corners inclusive as WFLW writes them.
 *
 * @param x1 left
 * @param y1 top
 * @param x2 right
 * @param y2 bottom
 */
public record Box(double x1, double y1, double x2, double y2) {

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    public double centerX() {
        return (x1 + x2) / 2;
    }

    public double centerY() {
        return (y1 + y2) / 2;
    }
}
