package org.landmarkstudio.sampledata.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageDegradationTest {

    private static BufferedImage image(Color background, Color dot) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 256, 256);
        if (dot != null) {
            g.setColor(dot);
            g.fillRect(126, 126, 4, 4);
        }
        g.dispose();
        return image;
    }

    @Test
    void blurKeepsAFlatImageFlatAndSpreadsADot() {
        for (ImageDegradation.Blur kind : new ImageDegradation.Blur[] {ImageDegradation.Blur.MOTION,
            ImageDegradation.Blur.DEFOCUS}) {
            ImageDegradation blur = new ImageDegradation(kind, 8, 0.7, 0, 0, 1);
            assertTrue(blur.isBlurred());
            BufferedImage flat = blur.apply(image(new Color(90, 120, 200), null), 1);
            assertEquals(new Color(90, 120, 200).getRGB(), flat.getRGB(5, 60), kind.toString());
            assertEquals(new Color(90, 120, 200).getRGB(), flat.getRGB(255, 0), kind.toString());
            BufferedImage dot = blur.apply(image(Color.BLACK, Color.WHITE), 1);
            assertTrue(new Color(dot.getRGB(127, 127)).getRed() < 255, kind + " keeps the dot sharp");
            int spread = 0;
            for (int y = 110; y < 146; y++) {
                for (int x = 110; x < 146; x++) {
                    spread += new Color(dot.getRGB(x, y)).getGreen() > 0 ? 1 : 0;
                }
            }
            assertTrue(spread > 16, kind + " spreads the dot over " + spread + " pixels");
        }
    }

    @Test
    void smallBlurDoesNotCountAsBlurred() {
        assertFalse(new ImageDegradation(ImageDegradation.Blur.DEFOCUS, 2, 0, 0, 0, 1).isBlurred());
        assertFalse(new ImageDegradation(ImageDegradation.Blur.NONE, 9, 0, 0, 0, 1).isBlurred());
    }

    @Test
    void exposureGainBrightensAndDarkens() {
        Color grey = new Color(100, 100, 100);
        ImageDegradation none = new ImageDegradation(ImageDegradation.Blur.NONE, 0, 0, 0, 0, 1);
        assertTrue(new Color(none.apply(image(grey, null), 2).getRGB(3, 3)).getRed() > 180);
        assertTrue(new Color(none.apply(image(grey, null), 0.3).getRGB(3, 3)).getRed() < 40);
        assertEquals(grey.getRGB(), none.apply(image(grey, null), 1).getRGB(3, 3));
    }

    @Test
    void jpegRoundTripKeepsTheSizeAndTypeAndChangesPixels() {
        ImageDegradation jpeg = new ImageDegradation(ImageDegradation.Blur.NONE, 0, 0, 0, 0.2, 1);
        BufferedImage source = image(new Color(30, 200, 90), new Color(250, 10, 200));
        BufferedImage out = jpeg.apply(source, 1);
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, out.getType());
        assertEquals(256, out.getWidth());
        assertNotEquals(new Color(250, 10, 200).getRGB(), out.getRGB(127, 127));
    }
}
