package org.landmarkstudio.core.crop;

import java.util.zip.CRC32;

/**
 * The synthetic test image whose OpenCV results are pasted into the tests, and the checksum
 * they are compared by.
 *
 * <p>Sample (x, y, c) = {@code (37x + 91y + 71c + (xy >> 3)) mod 256}: steep, wrapping ramps,
 * so neighbouring pixels differ a lot and any rounding difference shows. In numpy:
 * {@code y,x,c = np.meshgrid(np.arange(h), np.arange(w), np.arange(3), indexing='ij');
 * ((x*37 + y*91 + c*71 + ((x*y) >> 3)) % 256).astype(np.uint8)}.
 */
final class Pattern {

    private Pattern() {
    }

    static BgrImage image(int width, int height) {
        byte[] bgr = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 3; c++) {
                    bgr[(y * width + x) * 3 + c] = (byte) ((x * 37 + y * 91 + c * 71 + ((x * y) >> 3)) % 256);
                }
            }
        }
        return BgrImage.fromBgr(width, height, bgr);
    }

    /** CRC-32 of the B, G, R bytes: Python's {@code zlib.crc32(img.tobytes())} of the cv2 image. */
    static long crc32(BgrImage image) {
        CRC32 crc = new CRC32();
        crc.update(image.toBgrBytes());
        return crc.getValue();
    }

    /** The pixel as {blue, green, red}. */
    static int[] pixel(BgrImage image, int x, int y) {
        return new int[] {image.sample(x, y, 0), image.sample(x, y, 1), image.sample(x, y, 2)};
    }
}
