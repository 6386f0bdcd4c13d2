package org.landmarkstudio.app.gui.canvas;

/**
 * How image pixels map to the canvas: {@code screen = offset + image * scale}, the same on both
 * axes. Immutable; zooming and panning make new transforms.
 *
 * @param scale screen pixels per image pixel
 * @param offsetX screen x of image x 0
 * @param offsetY screen y of image y 0
 */
public record ViewTransform(double scale, double offsetX, double offsetY) {

    /** Zoom limits: a 4000-pixel photo fits a small pane at the low end; 40x shows single pixels. */
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 40;

    public ViewTransform {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive, not " + scale);
        }
    }

    /** The transform that shows a {@code w x h} image whole and centred in a {@code vw x vh} view. */
    public static ViewTransform fit(double w, double h, double vw, double vh) {
        double s = clamp(Math.min(vw / Math.max(w, 1), vh / Math.max(h, 1)) * 0.95);
        return new ViewTransform(s, (vw - w * s) / 2, (vh - h * s) / 2);
    }

    /** One image pixel per screen pixel, centred on image point {@code (cx, cy)}. */
    public static ViewTransform actualSize(double cx, double cy, double vw, double vh) {
        return new ViewTransform(1, vw / 2 - cx, vh / 2 - cy);
    }

    public double toScreenX(double x) {
        return offsetX + x * scale;
    }

    public double toScreenY(double y) {
        return offsetY + y * scale;
    }

    public double toImageX(double sx) {
        return (sx - offsetX) / scale;
    }

    public double toImageY(double sy) {
        return (sy - offsetY) / scale;
    }

    /** Zoomed by {@code factor} about screen point {@code (sx, sy)}, which stays where it is. */
    public ViewTransform zoomAt(double factor, double sx, double sy) {
        double s = clamp(scale * factor);
        double ix = toImageX(sx);
        double iy = toImageY(sy);
        return new ViewTransform(s, sx - ix * s, sy - iy * s);
    }

    /** Moved by {@code (dx, dy)} screen pixels. */
    public ViewTransform panBy(double dx, double dy) {
        return new ViewTransform(scale, offsetX + dx, offsetY + dy);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
