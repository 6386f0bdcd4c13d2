package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.testing.Fixtures;

class BgrImageTest {

    @Test
    void readsBgrAndRgbImagesInOpenCvOrder() {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB,
                                   BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR}) {
            BufferedImage image = new BufferedImage(3, 2, type);
            image.setRGB(2, 1, 0xFF102030);
            BgrImage bgr = BgrImage.of(image);
            assertArrayEquals(new int[] {0x30, 0x20, 0x10}, Pattern.pixel(bgr, 2, 1), "type " + type);
            assertArrayEquals(new int[] {0, 0, 0}, Pattern.pixel(bgr, 0, 0), "type " + type);
        }
    }

    @Test
    void greyIsReplicatedWithoutColourConversion() {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(1, 0, 0, 100);
        assertArrayEquals(new int[] {100, 100, 100}, Pattern.pixel(BgrImage.of(grey), 1, 0));
    }

    @Test
    void roundTripsThroughBufferedImage() {
        BgrImage pattern = Pattern.image(13, 7);
        BufferedImage image = pattern.toBufferedImage();
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, image.getType());
        assertEquals(pattern, BgrImage.of(image));
    }

    @Test
    void mirroredReversesEachRow() {
        BgrImage pattern = Pattern.image(13, 7);
        BgrImage mirrored = pattern.mirrored();
        assertArrayEquals(Pattern.pixel(pattern, 0, 3), Pattern.pixel(mirrored, 12, 3));
        assertArrayEquals(Pattern.pixel(pattern, 5, 6), Pattern.pixel(mirrored, 7, 6));
        assertEquals(pattern, mirrored.mirrored());
    }

    /**
     * ImageIO decodes the WFLW photo to the same bytes as {@code cv2.imread} (OpenCV 4.6.0):
     * {@code zlib.crc32(cv2.imread(path).tobytes())} = 2261482708. The crop tests on real photos
     * rely on this.
     */
    @Test
    void decodesARealJpegLikeOpenCv() throws IOException {
        BufferedImage image = ImageIO.read(Fixtures.real(
                "wflw/WFLW_images/12--Group/12_Group_Group_12_Group_Group_12_24.jpg").toFile());
        BgrImage bgr = BgrImage.of(image);
        assertEquals(1024, bgr.width());
        assertEquals(819, bgr.height());
        assertEquals(2261482708L, Pattern.crc32(bgr));
    }

    @Test
    void rejectsAWrongByteCount() {
        assertThrows(IllegalArgumentException.class, () -> BgrImage.fromBgr(2, 2, new byte[11]));
    }
}
