package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landmarkstudio.core.crop.InferenceCrop.Mode;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Checks against the crop code of {@code pfpld_pytorch_inference.py} run in numpy 1.24 /
 * OpenCV 4.6.0 ({@code /usr/bin/python3}) on {@code 12_Group_Group_12_Group_Group_12_12.jpg}
 * (1024x682) for five detector boxes: faithful = the demo as written (padding right when
 * {@code x1 >= width}, bottom when {@code y1 >= height}, back-projection
 * {@code lx*size + x1 - left}, {@code ly*size + y1 - bottom} after clipping); corrected = the
 * same with {@code x2 >= width} / {@code y2 >= height} and back-projection {@code + X1},
 * {@code + Y1}. Printed: window, padding, the padded cut's shape, {@code zlib.crc32} of the
 * 112x112 resize, and the back-projection of the normalized point (0.25, 0.75).
 */
class InferenceCropTest {

    private static final String PHOTO = "wflw/WFLW_images/12--Group/12_Group_Group_12_Group_Group_12_12.jpg";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // case, mode, box x1 y1 x2 y2, X1, Y1, size, left top right bottom, cut w h, crc32, back x y
        "inside, FAITHFUL,  400, 200, 499, 319, 396, 217, 108, 0, 0, 0, 0, 108, 108, 1144542912, 423, 298",
        "inside, CORRECTED, 400, 200, 499, 319, 396, 217, 108, 0, 0, 0, 0, 108, 108, 1144542912, 423, 298",
        "left,   FAITHFUL,  -20, 200, 79,  319, -24, 217, 108, 24, 0, 0, 0, 108, 108,    317222,   3, 298",
        "left,   CORRECTED, -20, 200, 79,  319, -24, 217, 108, 24, 0, 0, 0, 108, 108,    317222,   3, 298",
        "top,    FAITHFUL,  400, -30, 499, 89,  396, -13, 108, 0, 13, 0, 0, 108, 108,  940819993, 423,  81",
        "top,    CORRECTED, 400, -30, 499, 89,  396, -13, 108, 0, 13, 0, 0, 108, 108,  940819993, 423,  68",
        "right,  FAITHFUL,  950, 300, 1049, 419, 946, 317, 108, 0, 0, 0, 0,  78, 108, 1933324855, 973, 398",
        "right,  CORRECTED, 950, 300, 1049, 419, 946, 317, 108, 0, 0, 30, 0, 108, 108, 2639783965, 973, 398",
        "bottom, FAITHFUL,  400, 600, 499, 719, 396, 617, 108, 0, 0, 0, 0, 108,  65, 1927121215, 423, 698",
        "bottom, CORRECTED, 400, 600, 499, 719, 396, 617, 108, 0, 0, 0, 43, 108, 108, 3785180240, 423, 698",
    })
    void matchesTheDemo(String where, Mode mode, int bx1, int by1, int bx2, int by2, int x1, int y1, int size,
                        int left, int top, int right, int bottom, int cutWidth, int cutHeight, long crc,
                        double backX, double backY) {
        BgrImage image = RealFaces.read(PHOTO);
        // zlib.crc32(cv2.imread(path).tobytes())
        assertEquals(2274351218L, Pattern.crc32(image), "ImageIO no longer decodes like cv2.imread");
        InferenceCrop crop = new InferenceCrop(mode);
        Box face = new Box(bx1, by1, bx2, by2);
        InferenceCrop.Window window = crop.window(face, image.width(), image.height());
        assertEquals(x1, window.x1());
        assertEquals(y1, window.y1());
        assertEquals(size, window.size());
        assertEquals(left, window.left());
        assertEquals(top, window.top());
        assertEquals(right, window.right());
        assertEquals(bottom, window.bottom());
        assertEquals(new CropWindow(x1, y1, cutWidth, cutHeight), window.source());
        FaceCrop out = crop.crop(image, face, Landmarks.unlabelled(PointSchema.WFLW_98));
        assertEquals(crc, Pattern.crc32(out.pixels()));
        Landmarks back = window.toImage(point0(0.25, 0.75));
        assertEquals(backX, back.x(0), 1e-9);
        assertEquals(backY, back.y(0), 1e-9);
    }

    /** Faithful and corrected agree unless the window leaves the image at the top, right or bottom. */
    @Test
    void modesDifferOnlyWhenTheCropLeavesTheImage() {
        BgrImage image = RealFaces.read(PHOTO);
        InferenceCrop faithful = new InferenceCrop(Mode.FAITHFUL);
        InferenceCrop corrected = new InferenceCrop(Mode.CORRECTED);
        Landmarks probe = point0(0.4, 0.6);
        for (Box inside : new Box[] {new Box(400, 200, 499, 319), new Box(-20, 200, 79, 319), new Box(30, 40, 130, 170)}) {
            InferenceCrop.Window a = faithful.window(inside, image.width(), image.height());
            InferenceCrop.Window b = corrected.window(inside, image.width(), image.height());
            assertEquals(a.source(), b.source());
            assertEquals(a.frame(), b.frame());
            assertEquals(faithful.crop(image, inside, probe), corrected.crop(image, inside, probe));
        }
        for (Box leaving : new Box[] {new Box(400, -30, 499, 89), new Box(950, 300, 1049, 419), new Box(400, 600, 499, 719)}) {
            assertNotEquals(faithful.crop(image, leaving, probe), corrected.crop(image, leaving, probe), leaving.toString());
        }
    }

    @Test
    void correctedCropRoundTripsLandmarks() {
        InferenceCrop.Window window = new InferenceCrop(Mode.CORRECTED).window(new Box(400, -30, 499, 89), 1024, 682);
        Landmarks image = point0(431.5, 12.25);
        Landmarks back = window.toImage(window.frame().toCrop(image));
        assertEquals(431.5, back.x(0), 1e-9);
        assertEquals(12.25, back.y(0), 1e-9);
    }

    @Test
    void refusesBoxesThatCannotBeCropped() {
        InferenceCrop crop = new InferenceCrop(Mode.CORRECTED);
        assertThrows(IllegalArgumentException.class, () -> crop.window(new Box(10, 10, 10, 10), 100, 100));
        assertThrows(IllegalArgumentException.class, () -> crop.window(new Box(300, 300, 400, 400), 100, 100));
    }

    /** Landmarks with only point 0 labelled. */
    private static Landmarks point0(double x, double y) {
        return Landmarks.unlabelled(PointSchema.WFLW_98).withPoint(0, x, y);
    }
}
