package org.landmarkstudio.sampledata.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.sampledata.FaceGenerator;
import org.landmarkstudio.sampledata.SynthOptions;
import org.landmarkstudio.sampledata.SyntheticFace;

class ContactSheetTest {

    @Test
    void tilesFacesInRowsWithAndWithoutLandmarks(@TempDir Path dir) throws IOException {
        FaceGenerator generator = new FaceGenerator(new SynthOptions(96, 0.3, 0.15, 0.25));
        List<SyntheticFace> faces = IntStream.range(0, 10).mapToObj(i -> generator.generate(5, i)).toList();
        BufferedImage plain = ContactSheet.of(faces, 4, false);
        BufferedImage marked = ContactSheet.of(faces, 4, true);
        assertEquals(4 * 98 - 2, plain.getWidth());
        assertEquals(3 * 98 - 2, plain.getHeight());
        assertEquals(faces.get(0).image().getRGB(50, 50), plain.getRGB(50, 50));
        int landmark = (int) Math.round(faces.get(0).landmarks().x(54));
        int row = (int) Math.round(faces.get(0).landmarks().y(54));
        assertTrue(plain.getRGB(landmark, row) != marked.getRGB(landmark, row), "landmarks drawn over the face");
        Path file = dir.resolve("sheet.png");
        ImageIO.write(marked, "png", file.toFile());
        assertTrue(Files.size(file) > 1000);
    }
}
