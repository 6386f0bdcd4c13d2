package org.landmarkstudio.core.crop;

/**
 * A rectangle of whole pixels to cut out of an image, allowed to reach past the image's edges,
 * where the part outside reads as black.
 *
 * <p>This is what the PFPLD scripts do with {@code img[y1:y2, x1:x2]} on the clipped window
 * followed by {@code cv2.copyMakeBorder(..., BORDER_CONSTANT, 0)}: the face stays where the
 * crop geometry says it is even when the window leaves the image, so normalized landmarks stay
 * right.
 *
 * @param x      left column (may be negative)
 * @param y      top row (may be negative)
 * @param width  width in pixels, at least 1
 * @param height height in pixels, at least 1
 */
public record CropWindow(int x, int y, int width, int height) {

    public CropWindow {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("crop window must be at least 1x1, got " + width + "x" + height);
        }
    }

    /** True when the window lies wholly inside an image of this size, so no padding is needed. */
    public boolean inside(int imageWidth, int imageHeight) {
        return x >= 0 && y >= 0 && x + width <= imageWidth && y + height <= imageHeight;
    }

    /** True when the window shares at least one pixel with an image of this size. */
    public boolean overlaps(int imageWidth, int imageHeight) {
        return x < imageWidth && y < imageHeight && x + width > 0 && y + height > 0;
    }

    /** The window's pixels, zero where it leaves {@code source}. */
    public BgrImage cut(BgrImage source) {
        byte[] src = source.data();
        byte[] out = new byte[width * height * 3];
        int sw = source.width();
        int fromX = Math.max(x, 0);
        int toX = Math.min(x + width, sw);
        int fromY = Math.max(y, 0);
        int toY = Math.min(y + height, source.height());
        for (int sy = fromY; sy < toY && fromX < toX; sy++) {
            System.arraycopy(src, (sy * sw + fromX) * 3, out, ((sy - y) * width + fromX - x) * 3,
                    (toX - fromX) * 3);
        }
        return new BgrImage(width, height, out);
    }
}
