package org.landmarkstudio.core.crop;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * An immutable 8-bit, 3-channel image with its bytes in OpenCV's order (B, G, R per pixel, rows
 * top to bottom), the common currency of the resampling classes.
 *
 * <p>Keeping OpenCV's layout lets every step be compared byte for byte with what {@code cv2}
 * produced from the same pixels; converting from {@link BufferedImage} follows what
 * {@code cv2.imread} does with colour data (grey is replicated into three channels, alpha is
 * dropped without compositing).
 */
public final class BgrImage {

    private final int width;
    private final int height;
    private final byte[] bgr;

    /** Takes ownership of {@code bgr}; callers in this package hand over a fresh array. */
    BgrImage(int width, int height, byte[] bgr) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (bgr.length != width * height * 3) {
            throw new IllegalArgumentException("a " + width + "x" + height + " BGR image needs "
                    + width * height * 3 + " bytes, got " + bgr.length);
        }
        this.width = width;
        this.height = height;
        this.bgr = bgr;
    }

    /** An image from interleaved B, G, R bytes, row after row; the array is copied. */
    public static BgrImage fromBgr(int width, int height, byte[] bgr) {
        return new BgrImage(width, height, bgr.clone());
    }

    /**
     * The pixels of any {@link BufferedImage} as B, G, R bytes.
     *
     * <p>8-bit grey and sRGB rasters are read sample by sample so that no colour management
     * touches the values (Java would otherwise apply a gamma curve to linear grey images);
     * anything else (palettes, other colour spaces, 16-bit samples) goes through
     * {@link BufferedImage#getRGB}.
     */
    public static BgrImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h * 3];
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        if (readsRawSamples(image.getColorModel(), raster)) {
            int[] row = new int[w * bands];
            boolean grey = bands < 3;
            for (int y = 0; y < h; y++) {
                raster.getPixels(0, y, w, 1, row);
                for (int x = 0, o = y * w * 3; x < w; x++, o += 3) {
                    int p = x * bands;
                    out[o] = (byte) row[grey ? p : p + 2];
                    out[o + 1] = (byte) row[grey ? p : p + 1];
                    out[o + 2] = (byte) row[p];
                }
            }
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0, o = y * w * 3; x < w; x++, o += 3) {
                    out[o] = (byte) row[x];
                    out[o + 1] = (byte) (row[x] >> 8);
                    out[o + 2] = (byte) (row[x] >> 16);
                }
            }
        }
        return new BgrImage(w, h, out);
    }

    private static boolean readsRawSamples(ColorModel model, Raster raster) {
        if (!(model instanceof ComponentColorModel || model instanceof DirectColorModel)
                || model.isAlphaPremultiplied()) {
            return false;
        }
        for (int size : raster.getSampleModel().getSampleSize()) {
            if (size != 8) {
                return false;
            }
        }
        int colours = model.getNumColorComponents();
        ColorSpace space = model.getColorSpace();
        return (colours == 3 && space.isCS_sRGB())
                || (colours == 1 && space.getType() == ColorSpace.TYPE_GRAY);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * One sample, 0..255.
     *
     * @param channel 0 = blue, 1 = green, 2 = red (OpenCV's order)
     */
    public int sample(int x, int y, int channel) {
        if (x < 0 || x >= width || y < 0 || y >= height || channel < 0 || channel > 2) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ", " + channel + ") outside "
                    + width + "x" + height + "x3");
        }
        return bgr[(y * width + x) * 3 + channel] & 0xFF;
    }

    /** A copy of the B, G, R bytes. */
    public byte[] toBgrBytes() {
        return bgr.clone();
    }

    /** The bytes themselves, for the resampling classes of this package; never modified. */
    byte[] data() {
        return bgr;
    }

    /** A new {@link BufferedImage#TYPE_3BYTE_BGR} image with these pixels. */
    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(bgr, 0, target, 0, bgr.length);
        return image;
    }

    /** The image mirrored left to right ({@code cv2.flip(img, 1)}). */
    public BgrImage mirrored() {
        byte[] out = new byte[bgr.length];
        for (int y = 0; y < height; y++) {
            int row = y * width * 3;
            for (int x = 0; x < width; x++) {
                System.arraycopy(bgr, row + x * 3, out, row + (width - 1 - x) * 3, 3);
            }
        }
        return new BgrImage(width, height, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BgrImage other && width == other.width && height == other.height
                && Arrays.equals(bgr, other.bgr);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(bgr);
    }

    @Override
    public String toString() {
        return "BgrImage[" + width + "x" + height + "]";
    }
}
