package org.landmarkstudio.core.crop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.testing.Fixtures;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Checks against create_300W_LP.py / create_AFLW2000.py run in numpy 1.24 / OpenCV 4.6.0
 * ({@code /usr/bin/python3}, pt2d loaded with scipy 1.17) with {@code ad} fixed:
 * {@code x_min = int(min(pt2d_x))} ... {@code x_min = max(int(x_min - ad*w), 0)},
 * {@code x_max = min(int(x_max + ad*w), img_w - 1)}, {@code img[y_min:y_max, x_min:x_max]},
 * {@code cv2.resize(.., (112, 112))}, {@code zlib.crc32}; points
 * {@code int((x - x_min) * (112 / float(w_crop))) / 112.0}.
 */
class LooseCropTest {

    private static final String IBUG = "300wlp_face3d/IBUG/IBUG_image_008_1_0";
    private static final String AFLW = "prnet_aflw2000/AFLW2000/image00251";

    @Test
    void cropsA300wLpFaceAsTheScript() throws IOException {
        double[][] pt2d = pt2d(IBUG);
        Landmarks lm = Landmarks.of(PointSchema.IBUG_68, interleave(pt2d));
        BgrImage image = RealFaces.read(IBUG + ".jpg");
        assertEquals(4254691272L, Pattern.crc32(image), "ImageIO no longer decodes like cv2.imread");
        LooseCrop crop = LooseCrop.for300wLp(new Random(1));
        LooseCrop.Placement box = crop.place(lm.bounds(), 450, 450, 0.1);
        assertEquals(new LooseCrop.Placement(118, 194, 334, 402, 112), box);
        assertEquals(new CropWindow(118, 194, 216, 208), box.window());
        FaceCrop out = crop.crop(image, lm, box);
        assertEquals(2405587809L, Pattern.crc32(out.pixels()));
        Landmarks grid = out.landmarks();
        assertEquals(0.08035714285714286, grid.x(0));
        assertEquals(0.21428571428571427, grid.y(0));
        assertEquals(0.6696428571428571, grid.x(8));
        assertEquals(0.9196428571428571, grid.y(8));
        assertEquals(0.875, grid.x(16));
        assertEquals(0.25892857142857145, grid.y(16));
        assertEquals(0.8303571428571429, grid.x(30));
        assertEquals(0.41964285714285715, grid.y(30));
        assertEquals(0.8660714285714286, grid.x(45));
        assertEquals(0.20535714285714285, grid.y(45));
        assertEquals(0.6875, grid.x(67));
        assertEquals(0.6607142857142857, grid.y(67));
        for (int i = 0; i < grid.size(); i++) {
            assertEquals(Math.rint(grid.x(i) * 112), grid.x(i) * 112, 1e-9, "points sit on the 112 grid");
            assertEquals(Math.rint(grid.y(i) * 112), grid.y(i) * 112, 1e-9, "points sit on the 112 grid");
        }
    }

    /** numpy kept 12 of the 21 pt2d points (the others are (-1, 452)); min/max as printed by numpy. */
    @Test
    void cropsAnAflw2000FaceByItsPositivePoints() throws IOException {
        double[][] pt2d = pt2d(AFLW);
        Box bounds = LooseCrop.aflw2000Bounds(pt2d[0], pt2d[1]);
        assertEquals(new Box(113.33859397417504, 205.01721664275468, 260.54088952654234, 359.96700143472026), bounds);
        BgrImage image = RealFaces.read(AFLW + ".jpg");
        assertEquals(2640716690L, Pattern.crc32(image), "ImageIO no longer decodes like cv2.imread");
        LooseCrop crop = LooseCrop.forAflw2000(new Random(1));
        LooseCrop.Placement box = crop.place(bounds, 450, 450, 0.2);
        assertEquals(new LooseCrop.Placement(83, 174, 289, 389, 112), box);
        FaceCrop out = crop.crop(image, Landmarks.unlabelled(PointSchema.IBUG_68), box);
        assertEquals(3830434433L, Pattern.crc32(out.pixels()));
        assertEquals(0, out.landmarks().labelledCount());
    }

    @Test
    void expansionIsDrawnInTheScriptsRangeFromTheCallersSeed() {
        LooseCrop lp = LooseCrop.for300wLp(new Random(5));
        LooseCrop aflw = LooseCrop.forAflw2000(new Random(5));
        LooseCrop same = LooseCrop.for300wLp(new Random(5));
        double lpMin = 1;
        double lpMax = 0;
        for (int i = 0; i < 2000; i++) {
            double ad = lp.drawExpansion();
            assertEquals(ad, same.drawExpansion());
            lpMin = Math.min(lpMin, ad);
            lpMax = Math.max(lpMax, ad);
            double other = aflw.drawExpansion();
            assertTrue(other >= 0.12 && other < 0.3, "AFLW2000 expansion " + other);
        }
        assertTrue(lpMin >= 0.05 && lpMin < 0.06 && lpMax < 0.2 && lpMax > 0.19, lpMin + " .. " + lpMax);
    }

    @Test
    void cropOfASampleUsesItsLandmarksAndOneDraw() throws IOException {
        Landmarks lm = Landmarks.of(PointSchema.IBUG_68, interleave(pt2d(IBUG)));
        Path jpg = Fixtures.real(IBUG + ".jpg");
        FaceSample sample = new FaceSample(new ImageRef(jpg.toString(), jpg), null, lm, null, FaceAttributes.NONE,
                new Provenance("300w-lp/IBUG", Fixtures.real(IBUG + ".mat"), 0, null));
        FaceCrop viaSample = LooseCrop.for300wLp(new Random(9)).crop(ImageIO.read(jpg.toFile()), sample);
        LooseCrop reference = LooseCrop.for300wLp(new Random(9));
        LooseCrop.Placement box = reference.place(lm.bounds(), 450, 450, reference.drawExpansion());
        assertEquals(reference.crop(RealFaces.read(IBUG + ".jpg"), lm, box), viaSample);
    }

    @Test
    void refusesAnEmptyCropAndMissingPoints() {
        LooseCrop crop = LooseCrop.for300wLp(new Random(1));
        assertThrows(IllegalArgumentException.class, () -> crop.place(new Box(460, 10, 470, 20), 450, 450, 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> LooseCrop.aflw2000Bounds(new double[] {-1, -1}, new double[] {452, 452}));
        assertThrows(IllegalArgumentException.class, () -> new LooseCrop(0.3, 0.1, new Random(1)));
    }

    /** pt2d as {xs, ys}: row 0 and row 1 of the 2xN matrix. */
    private static double[][] pt2d(String stem) throws IOException {
        Matrix m = Mat5.readFromFile(Fixtures.real(stem + ".mat").toFile()).getMatrix("pt2d");
        int n = m.getNumCols();
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = m.getDouble(0, i);
            out[1][i] = m.getDouble(1, i);
        }
        return out;
    }

    private static double[] interleave(double[][] pt2d) {
        double[] xy = new double[2 * pt2d[0].length];
        for (int i = 0; i < pt2d[0].length; i++) {
            xy[2 * i] = pt2d[0][i];
            xy[2 * i + 1] = pt2d[1][i];
        }
        return xy;
    }
}
