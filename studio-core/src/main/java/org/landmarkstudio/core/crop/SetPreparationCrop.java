package org.landmarkstudio.core.crop;

import java.awt.image.BufferedImage;
import java.util.BitSet;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * The square crop PFPLD's {@code SetPreparation.py} makes for WFLW and LaPa rows: a box 1.2
 * times the landmarks' extent around their centre, padded with black where it leaves the
 * image, resized to 112x112.
 *
 * <p>The arithmetic is the script's, step by step, because the box decides every label of a
 * regenerated training set: the landmarks are first rounded to single precision (the script
 * loads them as {@code float32}); {@code xy = trunc(min)}, {@code zz = trunc(max)},
 * {@code wh = zz - xy + 1}, {@code center = trunc(xy + wh / 2)},
 * {@code boxSize = trunc(max(wh) * 1.2)}, {@code xy = center - floor(boxSize / 2)}; the crop is
 * {@code [xy, xy + boxSize)} and the landmarks become {@code (lm - xy) / boxSize}. Only
 * labelled points place the box (the script has no unlabelled points; here a partially
 * labelled face is boxed by what is known).
 */
public final class SetPreparationCrop {

    /** PFPLD's input side. */
    public static final int DEFAULT_SIZE = 112;

    private final BilinearResize resize;

    /** A 112x112 crop. */
    public SetPreparationCrop() {
        this(DEFAULT_SIZE);
    }

    /** A crop of {@code outputSize} squared pixels (the script's {@code image_size}). */
    public SetPreparationCrop(int outputSize) {
        this.resize = new BilinearResize(outputSize, outputSize);
    }

    /** The crop's side in pixels. */
    public int outputSize() {
        return resize.width();
    }

    /**
     * The box for these landmarks.
     *
     * @throws IllegalArgumentException when no point is labelled
     */
    public Placement place(Landmarks landmarks) {
        float[] xy = asFloat32(landmarks);
        BitSet labelled = landmarks.labelledMask();
        if (labelled.isEmpty()) {
            throw new IllegalArgumentException("no labelled landmark to place the crop on");
        }
        Float32Bounds bounds = Float32Bounds.of(xy, labelled);
        int x1 = (int) bounds.minX();
        int y1 = (int) bounds.minY();
        int w = (int) bounds.maxX() - x1 + 1;
        int h = (int) bounds.maxY() - y1 + 1;
        int centerX = (int) (x1 + w / 2.0);
        int centerY = (int) (y1 + h / 2.0);
        int boxSize = (int) (Math.max(w, h) * 1.2);
        return new Placement(centerX, centerY, boxSize);
    }

    /** The crop of {@code sample}'s face out of {@code image}. */
    public FaceCrop crop(BufferedImage image, FaceSample sample) {
        return crop(BgrImage.of(image), sample.landmarks());
    }

    /** The crop of the face these landmarks outline. */
    public FaceCrop crop(BgrImage image, Landmarks landmarks) {
        Placement placement = place(landmarks);
        BgrImage pixels = resize.apply(placement.window().cut(image));
        return new FaceCrop(pixels, placement.frame().toCrop(float32Landmarks(landmarks)));
    }

    /** The landmarks' coordinates rounded to single precision, as the script loads them. */
    static float[] asFloat32(Landmarks landmarks) {
        double[] xy = landmarks.toArray();
        float[] out = new float[xy.length];
        for (int i = 0; i < xy.length; i++) {
            out[i] = (float) xy[i];
        }
        return out;
    }

    private static Landmarks float32Landmarks(Landmarks landmarks) {
        float[] single = asFloat32(landmarks);
        double[] xy = new double[single.length];
        for (int i = 0; i < single.length; i++) {
            xy[i] = single[i];
        }
        return Landmarks.of(landmarks.schema(), xy, landmarks.labelledMask());
    }

    /**
     * The square box of one face.
     *
     * @param centerX the box centre's column, {@code trunc(xy + wh / 2)}
     * @param centerY the box centre's row
     * @param boxSize the side in image pixels, {@code trunc(max(wh) * 1.2)}
     */
    public record Placement(int centerX, int centerY, int boxSize) {

        public Placement {
            if (boxSize <= 0) {
                throw new IllegalArgumentException("box size must be positive, got " + boxSize);
            }
        }

        /** Left column: {@code centerX - floor(boxSize / 2)}. */
        public int x() {
            return centerX - Math.floorDiv(boxSize, 2);
        }

        /** Top row. */
        public int y() {
            return centerY - Math.floorDiv(boxSize, 2);
        }

        /** The pixels to cut, possibly leaving the image. */
        public CropWindow window() {
            return new CropWindow(x(), y(), boxSize, boxSize);
        }

        /** Image pixels to and from crop-normalized coordinates. */
        public CropFrame frame() {
            return new CropFrame(x(), y(), boxSize, boxSize);
        }
    }
}
