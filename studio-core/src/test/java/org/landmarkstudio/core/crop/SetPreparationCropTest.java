package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Checks against SetPreparation.py's {@code load_data} steps run in numpy 1.24 / OpenCV 4.6.0
 * ({@code /usr/bin/python3}) on the first line of {@code lines_for_included_images.txt}:
 * {@code lm = np.asarray(coords, np.float32).reshape(-1, 2)}; {@code xy = min(lm).astype(int32)};
 * {@code zz = max(lm).astype(int32)}; {@code wh = zz - xy + 1};
 * {@code center = (xy + wh/2).astype(int32)}; {@code boxsize = int(max(wh)*1.2)};
 * {@code xy = center - boxsize//2}; slice, {@code copyMakeBorder}, {@code cv2.resize(.., (112,
 * 112))}, {@code zlib.crc32}; {@code (lm - xy)/boxsize} printed with {@code repr}.
 */
class SetPreparationCropTest {

    private final SetPreparationCrop crop = new SetPreparationCrop();

    @Test
    void placesTheBoxAsTheScript() {
        SetPreparationCrop.Placement box = crop.place(RealFaces.wflwLandmarks());
        assertEquals(343, box.centerX());
        assertEquals(269, box.centerY());
        assertEquals(75, box.boxSize());
        assertEquals(new CropWindow(306, 232, 75, 75), box.window());
    }

    @Test
    void normalizesLandmarksAsTheScript() {
        Landmarks out = crop.crop(RealFaces.wflwImage(), RealFaces.wflwLandmarks()).landmarks();
        assertEquals(0.091893310546875, out.x(0));
        assertEquals(0.30557332356770833, out.y(0));
        assertEquals(0.5250606282552084, out.x(16));
        assertEquals(0.868834228515625, out.y(16));
        assertEquals(0.5199324544270834, out.x(54));
        assertEquals(0.41168375651041667, out.y(54));
        assertEquals(0.35912841796875, out.x(96));
        assertEquals(0.2586293538411458, out.y(96));
        assertEquals(0.6710489908854167, out.x(97));
        assertEquals(0.2586293538411458, out.y(97));
    }

    @Test
    void cropsTheRealPhotoAsTheScript() {
        FaceCrop out = crop.crop(RealFaces.wflwImage(), RealFaces.wflwLandmarks());
        assertEquals(112, out.size());
        assertEquals(3911260017L, Pattern.crc32(out.pixels()));
    }

    /** numpy: the same steps on {@code lm - np.array([300, 250], np.float32)}; the box leaves the top. */
    @Test
    void padsABoxThatLeavesTheImage() {
        Landmarks lm = RealFaces.wflwLandmarks();
        double[] xy = lm.toArray();
        for (int i = 0; i < xy.length; i += 2) {
            xy[i] -= 300;
            xy[i + 1] -= 250;
        }
        Landmarks shifted = Landmarks.of(PointSchema.WFLW_98, xy);
        assertEquals(new CropWindow(6, -17, 75, 75), crop.place(shifted).window());
        assertEquals(2112931966L, Pattern.crc32(crop.crop(RealFaces.wflwImage(), shifted).pixels()));
    }

    /** numpy: the same steps on {@code lm[33:]} (no jaw contour). */
    @Test
    void onlyLabelledPointsPlaceTheBox() {
        Landmarks noJaw = RealFaces.wflwLandmarks();
        for (int i = 0; i <= 32; i++) {
            noJaw = noJaw.withoutPoint(i);
        }
        SetPreparationCrop.Placement box = crop.place(noJaw);
        assertEquals(344, box.centerX());
        assertEquals(261, box.centerY());
        assertEquals(51, box.boxSize());
        assertEquals(319, box.x());
        assertEquals(236, box.y());
        Landmarks out = crop.crop(RealFaces.wflwImage(), noJaw).landmarks();
        assertFalse(out.isLabelled(0));
        assertEquals(65, out.labelledCount());
    }

    @Test
    void frameMapsBackToTheImage() {
        Landmarks lm = RealFaces.wflwLandmarks();
        CropFrame frame = crop.place(lm).frame();
        Landmarks back = frame.toImage(frame.toCrop(lm));
        for (int i = 0; i < lm.size(); i++) {
            assertEquals(lm.x(i), back.x(i), 1e-9);
            assertEquals(lm.y(i), back.y(i), 1e-9);
        }
    }

    @Test
    void refusesAFaceWithoutLabelledPoints() {
        assertThrows(IllegalArgumentException.class, () -> crop.place(Landmarks.unlabelled(PointSchema.WFLW_98)));
    }
}
