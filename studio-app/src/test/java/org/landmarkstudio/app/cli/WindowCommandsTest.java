package org.landmarkstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studio snapshot} and {@code studio open}: pictures of the window without a display, and their bad input. */
class WindowCommandsTest {

    @Test
    void snapshotRendersTheRequestedViewAtTheRequestedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("mapping.png");
        CliRun run = CliRun.of("snapshot", "--view", "mapping", "--index", "3", "--size", "1024x700", "--out", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1024, image.getWidth());
        assertEquals(700, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 500, "a real picture, not a blank: " + colours.size() + " colours");
    }

    @Test
    void snapshotNamesWhatIsWrongWithItsArguments(@TempDir Path dir) {
        CliRun view = CliRun.of("snapshot", "--view", "sideways", "--out", dir.resolve("x.png").toString());
        assertEquals(ExitCode.BAD_INPUT, view.exitCode());
        assertTrue(view.err().contains("unknown view 'sideways'"), view.err());
        CliRun size = CliRun.of("snapshot", "--size", "big", "--out", dir.resolve("x.png").toString());
        assertEquals(ExitCode.BAD_INPUT, size.exitCode());
        assertTrue(size.err().contains("--size must look like 1440x900"), size.err());
        CliRun index = CliRun.of("snapshot", "--index", "4800", "--out", dir.resolve("x.png").toString());
        assertEquals(ExitCode.BAD_INPUT, index.exitCode());
        assertTrue(index.err().contains("--index 4800 is outside"), index.err());
    }

    @Test
    void openRefusesAPathThatDoesNotExist(@TempDir Path dir) {
        CliRun run = CliRun.of("open", dir.resolve("nowhere.txt").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("nowhere.txt: no such file or folder"), run.err());
    }
}
