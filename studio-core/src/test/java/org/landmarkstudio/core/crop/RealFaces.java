package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.testing.Fixtures;

/**
 * The real WFLW face the crop tests use: the first line of
 * {@code wflw/WFLW_annotations/lines_for_included_images.txt} (196 coordinates and the image
 * path) and its photo, decoded and checked to equal {@code cv2.imread}'s bytes.
 */
final class RealFaces {

    private RealFaces() {
    }

    /** The first line's 98 landmarks, parsed from its 196 coordinates. */
    static Landmarks wflwLandmarks() {
        String[] tokens = firstLine();
        assertEquals(197, tokens.length, "WFLW test-subset line: 196 coordinates + image path");
        double[] xy = new double[196];
        for (int i = 0; i < 196; i++) {
            xy[i] = Double.parseDouble(tokens[i]);
        }
        return Landmarks.of(PointSchema.WFLW_98, xy);
    }

    /** The first line's photo; its decoded bytes are checked against OpenCV's. */
    static BgrImage wflwImage() {
        BgrImage image = read("wflw/WFLW_images/" + firstLine()[196]);
        // zlib.crc32(cv2.imread(path).tobytes()), OpenCV 4.6.0
        assertEquals(2261482708L, Pattern.crc32(image), "ImageIO no longer decodes like cv2.imread");
        return image;
    }

    /** A photo below {@code fixtures/real}. */
    static BgrImage read(String relative) {
        try {
            return BgrImage.of(ImageIO.read(Fixtures.real(relative).toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] firstLine() {
        Path file = Fixtures.real("wflw/WFLW_annotations/lines_for_included_images.txt");
        try {
            return Files.readAllLines(file).get(0).trim().split("\\s+");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
