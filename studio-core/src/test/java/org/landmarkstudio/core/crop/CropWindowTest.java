package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CropWindowTest {

    @Test
    void cutCopiesInsideAndPadsWithBlackOutside() {
        BgrImage source = Pattern.image(20, 10);
        CropWindow window = new CropWindow(-3, -2, 8, 6);
        BgrImage cut = window.cut(source);
        assertEquals(8, cut.width());
        assertEquals(6, cut.height());
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                int sx = x - 3;
                int sy = y - 2;
                for (int c = 0; c < 3; c++) {
                    int expected = sx >= 0 && sy >= 0 ? source.sample(sx, sy, c) : 0;
                    assertEquals(expected, cut.sample(x, y, c), "(" + x + ", " + y + ", " + c + ")");
                }
            }
        }
    }

    @Test
    void aWindowPastTheBottomRightKeepsItsSize() {
        BgrImage source = Pattern.image(20, 10);
        BgrImage cut = new CropWindow(15, 7, 10, 10).cut(source);
        assertEquals(source.sample(19, 9, 2), cut.sample(4, 2, 2));
        assertEquals(0, cut.sample(5, 2, 2));
        assertEquals(0, cut.sample(4, 3, 2));
    }

    @Test
    void aWindowOffTheImageIsAllBlack() {
        BgrImage cut = new CropWindow(30, 30, 4, 4).cut(Pattern.image(20, 10));
        for (byte b : cut.toBgrBytes()) {
            assertEquals(0, b);
        }
    }

    @Test
    void insideAndOverlaps() {
        assertTrue(new CropWindow(0, 0, 20, 10).inside(20, 10));
        assertFalse(new CropWindow(1, 0, 20, 10).inside(20, 10));
        assertTrue(new CropWindow(-5, -5, 6, 6).overlaps(20, 10));
        assertFalse(new CropWindow(-5, -5, 5, 5).overlaps(20, 10));
        assertFalse(new CropWindow(20, 0, 5, 5).overlaps(20, 10));
    }

    @Test
    void rejectsAnEmptyWindow() {
        assertThrows(IllegalArgumentException.class, () -> new CropWindow(0, 0, 0, 5));
    }
}
