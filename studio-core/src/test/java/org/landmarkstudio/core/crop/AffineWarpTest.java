package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Checks against OpenCV 4.6.0 ({@code /usr/bin/python3}, python3-opencv): {@code w =
 * cv2.warpAffine(pattern(173, 131), M, (dw, dh))} then {@code zlib.crc32(w.tobytes())}; see
 * {@link Pattern}. Equal checksums mean every byte equals OpenCV's.
 */
class AffineWarpTest {

    /**
     * SetPreparation.py's {@code rotate(17, (70, 55), ...)} matrix, a float32 array in the
     * script; these doubles are its float32 values as numpy prints them with {@code repr(float(v))}.
     */
    private static final AffineWarp ROTATION = new AffineWarp(
            0.9563047289848328, 0.2923716902732849, -13.021777153015137,
            -0.2923716902732849, 0.9563047289848328, 22.8692569732666,
            (int) (173 * 1.1), (int) (131 * 1.1));

    @Test
    void rotationIntoALargerCanvasEqualsOpenCv() {
        BgrImage out = ROTATION.apply(Pattern.image(173, 131));
        assertEquals(190, out.width());
        assertEquals(144, out.height());
        assertArrayEquals(new int[] {124, 145, 150}, Pattern.pixel(out, 100, 80));
        assertArrayEquals(new int[] {0, 0, 0}, Pattern.pixel(out, 0, 0));
        assertEquals(4154158428L, Pattern.crc32(out));
    }

    @Test
    void shearWithFractionalOffsetsEqualsOpenCv() {
        // M = np.array([[0.9, 0.35, -12.5], [-0.2, 1.15, 8.25]]), dsize (150, 160)
        AffineWarp shear = new AffineWarp(0.9, 0.35, -12.5, -0.2, 1.15, 8.25, 150, 160);
        BgrImage out = shear.apply(Pattern.image(173, 131));
        assertArrayEquals(new int[] {90, 161, 137}, Pattern.pixel(out, 60, 70));
        assertEquals(3762112307L, Pattern.crc32(out));
    }

    @Test
    void windowEqualsTheSameRegionOfTheWholeCanvas() {
        BgrImage source = Pattern.image(173, 131);
        BgrImage canvas = ROTATION.apply(source);
        for (CropWindow window : new CropWindow[] {
            new CropWindow(40, 30, 90, 90),      // inside the canvas
            new CropWindow(-25, -10, 80, 80),    // leaves the canvas top-left
            new CropWindow(150, 100, 60, 70),    // leaves it bottom-right
        }) {
            assertEquals(window.cut(canvas), ROTATION.apply(source, window), window.toString());
        }
    }

    @Test
    void identityCopiesTheSource() {
        BgrImage source = Pattern.image(31, 17);
        assertEquals(source, new AffineWarp(1, 0, 0, 0, 1, 0, 31, 17).apply(source));
    }
}
