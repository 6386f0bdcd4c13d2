package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * Single draws are checked against SetPreparation.py's loop body run in numpy 1.24 / OpenCV
 * 4.6.0 ({@code /usr/bin/python3}) with the random values fixed: {@code rotate(angle, (cx, cy),
 * lm)} with the script's float32 matrix, {@code cv2.warpAffine(img, M, (int(w*1.1),
 * int(h*1.1)))}, {@code xy = (cx - size//2, cy - size//2)}, {@code (landmark - xy)/size},
 * slice and {@code copyMakeBorder}, {@code cv2.resize(.., (112, 112))}, then for a mirrored
 * draw {@code landmark[:,0] = 1 - landmark[:,0]; landmark = landmark[mirror_idx];
 * cv2.flip(imgT, 1)}; {@code zlib.crc32} of the image, {@code repr} of the landmarks. The face
 * is the first line of {@code lines_for_included_images.txt} (box centre (343, 269), size 75).
 */
class SetPreparationAugmentationTest {

    private static final SetPreparationAugmentation.Draw ROTATE_17 =
            new SetPreparationAugmentation.Draw(17, 348, 266, 78, false);
    private static final SetPreparationAugmentation.Draw MIRRORED =
            new SetPreparationAugmentation.Draw(-23, 340, 271, 90, true);

    private final SetPreparationAugmentation augmentation = new SetPreparationAugmentation(new Random(7));

    @Test
    void oneDrawEqualsTheScript() {
        FaceCrop out = augmentation.apply(RealFaces.wflwImage(), RealFaces.wflwLandmarks(), ROTATE_17).orElseThrow();
        assertEquals(1869095049L, Pattern.crc32(out.pixels()));
        Landmarks lm = out.landmarks();
        assertEquals(0.028025309244791668, lm.x(0));
        assertEquals(0.4957283215645032, lm.y(0));
        assertEquals(0.18374281663161057, lm.x(60));
        assertEquals(0.4232220771985176, lm.y(60));
        assertEquals(0.26055712577624196, lm.x(96));
        assertEquals(0.37743553748497594, lm.y(96));
        assertEquals(0.5473754100310497, lm.x(97));
        assertEquals(0.28974621112530047, lm.y(97));
    }

    @Test
    void aMirroredDrawEqualsTheScript() {
        FaceCrop out = augmentation.apply(RealFaces.wflwImage(), RealFaces.wflwLandmarks(), MIRRORED).orElseThrow();
        assertEquals(3524554344L, Pattern.crc32(out.pixels()));
        Landmarks lm = out.landmarks();
        assertEquals(0.07408447265624996, lm.x(0));
        assertEquals(0.4884884304470486, lm.y(0));
        assertEquals(0.7074367947048611, lm.x(32));
        assertEquals(0.21782803005642362, lm.y(32));
        assertEquals(0.24788818359374998, lm.x(96));
        assertEquals(0.37039625379774305, lm.y(96));
        assertEquals(0.4871585422092014, lm.x(97));
        assertEquals(0.2688320583767361, lm.y(97));
    }

    /** The unmirrored twin of {@link #MIRRORED} (numpy: crc 2294546788): mirroring flips x and trades 96 with 97. */
    @Test
    void mirrorUsesTheFlipPermutation() {
        BgrImage image = RealFaces.wflwImage();
        Landmarks lm = RealFaces.wflwLandmarks();
        FaceCrop mirrored = augmentation.apply(image, lm, MIRRORED).orElseThrow();
        FaceCrop plain = augmentation.apply(image, lm,
                new SetPreparationAugmentation.Draw(-23, 340, 271, 90, false)).orElseThrow();
        assertEquals(2294546788L, Pattern.crc32(plain.pixels()));
        assertEquals(plain.pixels().mirrored(), mirrored.pixels());
        assertEquals(1 - plain.landmarks().x(97), mirrored.landmarks().x(96), 1e-15);
        assertEquals(plain.landmarks().y(97), mirrored.landmarks().y(96));
        assertEquals(1 - plain.landmarks().x(96), mirrored.landmarks().x(97), 1e-15);
        assertEquals(1 - plain.landmarks().x(72), mirrored.landmarks().x(60), 1e-15);
        assertEquals(plain.landmarks().y(16), mirrored.landmarks().y(16));
    }

    /** numpy: the draw (10, 343, 269, 37) puts landmark 0 at x = -0.38, so the script draws again. */
    @Test
    void rejectsADrawThatLosesALandmark() {
        assertTrue(augmentation.apply(RealFaces.wflwImage(), RealFaces.wflwLandmarks(),
                new SetPreparationAugmentation.Draw(10, 343, 269, 37, false)).isEmpty());
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        BgrImage image = RealFaces.wflwImage();
        Landmarks lm = RealFaces.wflwLandmarks();
        List<FaceCrop> first = new SetPreparationAugmentation(new Random(42)).augment(image, lm, 6);
        List<FaceCrop> again = new SetPreparationAugmentation(new Random(42)).augment(image, lm, 6);
        List<FaceCrop> other = new SetPreparationAugmentation(new Random(43)).augment(image, lm, 6);
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void everyAcceptedLandmarkLiesInTheCrop() {
        List<FaceCrop> samples = new SetPreparationAugmentation(new Random(3))
                .augment(RealFaces.wflwImage(), RealFaces.wflwLandmarks(), 29);
        assertEquals(29, samples.size());
        for (FaceCrop sample : samples) {
            assertEquals(112, sample.size());
            double[] xy = sample.landmarks().toArray();
            for (double v : xy) {
                assertTrue(v >= 0 && v <= 1, "landmark coordinate " + v + " outside [0, 1]");
            }
        }
    }

    @Test
    void drawsCoverTheScriptsRanges() {
        List<FaceCrop> samples = new SetPreparationAugmentation(new Random(11))
                .augment(RealFaces.wflwImage(), RealFaces.wflwLandmarks(), 40);
        double left = 0;
        double right = 0;
        for (FaceCrop sample : samples) {
            Landmarks lm = sample.landmarks();
            // the image-left pupil sits left of the image-right one in every sample, mirrored or not
            assertTrue(lm.x(96) < lm.x(97));
            left = Math.min(left, lm.y(97) - lm.y(96));
            right = Math.max(right, lm.y(97) - lm.y(96));
        }
        assertTrue(left < -0.05 && right > 0.05, "rotations tilt the eye line both ways: " + left + ", " + right);
    }

    @Test
    void scriptCropCounts() {
        assertArrayEquals(new int[] {30, 30, 10},
                new int[] {SetPreparationAugmentation.cropsPerFace(0), SetPreparationAugmentation.cropsPerFace(999),
                           SetPreparationAugmentation.cropsPerFace(1000)});
    }
}
