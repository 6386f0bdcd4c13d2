package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Checks against OpenCV 4.6.0 (Debian's python3-opencv, run with /usr/bin/python3):
 * {@code r = cv2.resize(pattern(sw, sh), (dw, dh))}, then {@code zlib.crc32(r.tobytes())} and
 * {@code r[y, x].tolist()}; {@link Pattern} gives the pattern. Equal checksums mean every byte
 * equals OpenCV's.
 */
class BilinearResizeTest {

    @ParameterizedTest(name = "{0}x{1} -> {2}x{3}")
    @CsvSource({
        // sw, sh, dw, dh, crc32, pixel (0,0) B G R, pixel (dw-1,dh-1) B G R, pixel (37,50) B G R
        "173, 131, 112, 112, 2713585336,  18,  89, 154, 229,  65, 120, 133, 120,  80",  // shrink, fractional scale
        "40,  29,  112, 112, 3764569851,   0,  71, 142,  31, 102, 173, 105, 176, 116",  // enlarge: borders clamp
        "224, 224, 112, 112,  518063553,  64, 135, 142, 108, 115, 122, 102, 109, 180",  // exact 2x: OpenCV's area path
        "300, 97,  64,  200,  644170159,  68, 139, 210, 217,  71, 142, 163,  51, 122",  // shrink x, enlarge y
    })
    void equalsOpenCvByteForByte(int sw, int sh, int dw, int dh, long crc,
                                 int b0, int g0, int r0, int b1, int g1, int r1, int b2, int g2, int r2) {
        BgrImage out = new BilinearResize(dw, dh).apply(Pattern.image(sw, sh));
        assertEquals(dw, out.width());
        assertEquals(dh, out.height());
        assertArrayEquals(new int[] {b0, g0, r0}, Pattern.pixel(out, 0, 0));
        assertArrayEquals(new int[] {b1, g1, r1}, Pattern.pixel(out, dw - 1, dh - 1));
        assertArrayEquals(new int[] {b2, g2, r2}, Pattern.pixel(out, 37, 50));
        assertEquals(crc, Pattern.crc32(out));
    }

    @Test
    void sameSizeIsTheSourceItself() {
        BgrImage source = Pattern.image(112, 112);
        assertSame(source, new BilinearResize(112, 112).apply(source));
    }

    @Test
    void rejectsEmptyOutput() {
        assertThrows(IllegalArgumentException.class, () -> new BilinearResize(0, 112));
    }
}
