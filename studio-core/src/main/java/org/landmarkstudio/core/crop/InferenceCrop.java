package org.landmarkstudio.core.crop;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * The crop the PFPLD demos cut from a face detector's box before running the network, and the
 * way back from the network's normalized landmarks to image pixels.
 *
 * <p>From a box (x1, y1, x2, y2) with inclusive corners: {@code w = x2 - x1 + 1},
 * {@code h = y2 - y1 + 1}, {@code size = trunc(0.9 max(w, h))}, centre
 * {@code (x1 + w // 2, y1 + h // 2)}, window {@code X1 = cx - size // 2},
 * {@code Y1 = cy - trunc(0.4 size)} (so the crop sits 0.1 size below the box centre),
 * {@code X2 = X1 + size}, {@code Y2 = Y1 + size}. Box corners are truncated to whole pixels
 * first, as the ncnn demo's {@code (int)} casts do.
 *
 * <p>The demos get two things wrong, and {@link Mode} chooses whether to repeat them:
 * <ul>
 *   <li>right and bottom padding is only applied when {@code X1 >= W} ({@code Y1 >= H}), which
 *       never happens for a window that overlaps the image, so a window leaving the right or
 *       bottom edge is cut short and then stretched to 112 pixels;</li>
 *   <li>the y back-projection adds {@code max(Y1, 0) - bottom} instead of {@code Y1}, which is
 *       wrong whenever the window leaves the top of the image.</li>
 * </ul>
 * Both read the same in all three demos as stored in nniefacelib (PyTorch
 * {@code pfpld_pytorch_inference.py} at commits 04f04e7 and 7be7a18, Caffe
 * {@code pfld_caffe_inference.py}, ncnn {@code detect.cpp}), so {@link Mode#FAITHFUL} is all of
 * them at once. The demos also truncate the back-projected points to whole pixels for drawing;
 * that is left out here because the points feed metrics.
 */
public final class InferenceCrop {

    /** Whether to reproduce the demos' bugs. */
    public enum Mode {
        /**
         * As the demos do it, to reproduce their numbers: right/bottom padding never applied,
         * y back-projection through {@code max(Y1, 0)}.
         */
        FAITHFUL,
        /** Square crop padded on every side, back-projection through the window's own corner. */
        CORRECTED
    }

    private final Mode mode;
    private final BilinearResize resize;

    /** A 112x112 crop in the given mode. */
    public InferenceCrop(Mode mode) {
        this(mode, SetPreparationCrop.DEFAULT_SIZE);
    }

    /** The same with a network input side other than 112. */
    public InferenceCrop(Mode mode, int outputSize) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.resize = new BilinearResize(outputSize, outputSize);
    }

    public Mode mode() {
        return mode;
    }

    /**
     * The window for a face box in an image of this size.
     *
     * @throws IllegalArgumentException when the box is too small to crop (size under 1 pixel)
     *                                  or the window misses the image entirely
     */
    public Window window(Box face, int imageWidth, int imageHeight) {
        int x1 = (int) face.x1();
        int y1 = (int) face.y1();
        int w = (int) face.x2() - x1 + 1;
        int h = (int) face.y2() - y1 + 1;
        int size = (int) (Math.max(w, h) * 0.9);
        if (size < 1) {
            throw new IllegalArgumentException("face box " + face + " is too small to crop");
        }
        int cx = x1 + Math.floorDiv(w, 2);
        int cy = y1 + Math.floorDiv(h, 2);
        Window window = new Window(mode, cx - Math.floorDiv(size, 2), cy - (int) (size * 0.4), size,
                imageWidth, imageHeight);
        if (!new CropWindow(window.x1(), window.y1(), size, size).overlaps(imageWidth, imageHeight)) {
            throw new IllegalArgumentException("crop window of face box " + face + " lies outside the "
                    + imageWidth + "x" + imageHeight + " image");
        }
        return window;
    }

    /**
     * The crop of {@code sample}'s face box (or, without one, its landmarks' bounds), with the
     * sample's landmarks mapped into it by {@link Window#frame()}.
     */
    public FaceCrop crop(BufferedImage image, FaceSample sample) {
        Box box = sample.boxOrBounds();
        if (box == null) {
            throw new IllegalArgumentException("sample has neither a face box nor labelled landmarks");
        }
        return crop(BgrImage.of(image), box, sample.landmarks());
    }

    /** The crop of {@code face} with {@code landmarks} mapped into it. */
    public FaceCrop crop(BgrImage image, Box face, Landmarks landmarks) {
        Window window = window(face, image.width(), image.height());
        BgrImage pixels = resize.apply(window.source().cut(image));
        return new FaceCrop(pixels, window.frame().toCrop(landmarks));
    }

    /**
     * One face's crop window.
     *
     * @param mode        faithful or corrected
     * @param x1          the square window's left column, before clipping (may be negative)
     * @param y1          its top row, before clipping
     * @param size        its side
     * @param imageWidth  the image width W
     * @param imageHeight the image height H
     */
    public record Window(Mode mode, int x1, int y1, int size, int imageWidth, int imageHeight) {

        /** Column after the window, before clipping. */
        public int x2() {
            return x1 + size;
        }

        /** Row after the window, before clipping. */
        public int y2() {
            return y1 + size;
        }

        /** Black columns added on the left. */
        public int left() {
            return Math.max(0, -x1);
        }

        /** Black rows added on top. */
        public int top() {
            return Math.max(0, -y1);
        }

        /** Black columns added on the right; always 0 in {@link Mode#FAITHFUL}. */
        public int right() {
            return mode == Mode.CORRECTED ? Math.max(0, x2() - imageWidth) : 0;
        }

        /** Black rows added at the bottom; always 0 in {@link Mode#FAITHFUL}. */
        public int bottom() {
            return mode == Mode.CORRECTED ? Math.max(0, y2() - imageHeight) : 0;
        }

        /**
         * The pixels cut and then resized: the clipped window plus its padding. Square in
         * {@link Mode#CORRECTED}; cut short at the right and bottom edges in {@link Mode#FAITHFUL}.
         */
        public CropWindow source() {
            int width = Math.min(x2(), imageWidth) - Math.max(x1, 0) + left() + right();
            int height = Math.min(y2(), imageHeight) - Math.max(y1, 0) + top() + bottom();
            return new CropWindow(x1, y1, width, height);
        }

        /**
         * Crop-normalized coordinates to and from image pixels, with the network's landmarks
         * scaled by {@code size} on both axes as the demos scale them:
         * {@code x = u size + X1}; {@code y = v size + Y1} (corrected) or
         * {@code v size + max(Y1, 0) - bottom} (faithful).
         */
        public CropFrame frame() {
            int originY = mode == Mode.CORRECTED ? y1 : Math.max(y1, 0) - bottom();
            return new CropFrame(x1, originY, size, size);
        }

        /** The network's normalized landmarks in image pixels. */
        public Landmarks toImage(Landmarks normalized) {
            return frame().toImage(normalized);
        }
    }
}
