package org.landmarkstudio.core.format.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.testing.Fixtures;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

class Aflw2000FormatTest {

    private static final Path ROOT = Fixtures.real("prnet_aflw2000/AFLW2000").toAbsolutePath().normalize();
    private static final Path MAT_50 = ROOT.resolve("image00050.mat");

    // python3 + scipy 1.17: m = scipy.io.loadmat(ROOT/<image>.mat); P = m['Pose_Para'].astype(np.float64)[0];
    // {np.degrees(P[1]), np.degrees(P[0]), np.degrees(P[2])} = {yaw, pitch, roll}, images in name order
    private static final double[][] POSES = {
        {0.9390740645268848, -4.663555835089034, 5.635691963901894},
        {17.90686404137334, 4.46475464155935, -0.6893658169266565},
        {-54.6853153632493, 6.994643049753733, -14.579479330593683},
        {4.687473450015125, 34.448711362025044, 7.245619204579498},
        {65.62121320562676, 39.95894256927074, 19.98956801177594},
        {-5.273414461456187, 30.661275844604596, 6.330508325147074},
        {-35.70900079220287, -0.990199631290017, 5.616867962549339},
        {11.064559823320279, 35.90163944755391, -6.22380369483855},
        {-5.381824077736275, -13.587063943248232, -1.6828406840062533},
        {-14.137180185605752, 2.5287317583471234, 2.0675691249754986},
        {70.89890720748478, -10.324139996534216, -8.707196017144893},
        {10.968894486257787, -30.9683543194992, -8.814842359785233},
        {37.968273690386766, -13.465559146781935, -13.106613069103902},
        {-10.936509998081819, 17.30917980031491, -0.8682726971165029},
        {17.55307561029231, 0.34994700996185113, -3.4326631122121176},
        {45.451408454485225, 12.325584352607528, -1.5893427580664776},
    };
    // python3 + scipy 1.17: q = m['pt3d_68'].astype(np.float64); {sample index, point, q[0, point], q[1, point]}
    private static final double[][] PT3D = {
        {0, 0, 125.8484878540039, 209.62408447265625},
        {0, 36, 167.86672973632812, 207.85592651367188},
        {0, 67, 208.93682861328125, 312.4322204589844},
        {10, 8, 226.16598510742188, 356.2790222167969},
        {10, 30, 190.22695922851562, 273.376953125},
    };

    private final Aflw2000Format format = new Aflw2000Format();

    @Test
    void readsSixteenSamplesFromPt3d68WithPosesInDegrees() throws IOException {
        Dataset dataset = format.read(ROOT, ReadOptions.DEFAULT);

        assertEquals("aflw2000", dataset.format());
        assertEquals(16, dataset.size());
        assertEquals(List.of(), dataset.problems());
        assertEquals("image00050.jpg", dataset.get(0).image().written());
        assertEquals("image02420.jpg", dataset.get(10).image().written());
        assertEquals(new Provenance("aflw2000", MAT_50, 0, null), dataset.get(0).provenance());
        for (double[] point : PT3D) {
            Landmarks landmarks = dataset.get((int) point[0]).landmarks();
            assertEquals(point[2], landmarks.x((int) point[1]), 1e-9);
            assertEquals(point[3], landmarks.y((int) point[1]), 1e-9);
        }
        for (int i = 0; i < POSES.length; i++) {
            FaceSample sample = dataset.get(i);
            assertEquals(68, sample.landmarks().labelledCount());
            assertEquals(POSES[i][0], sample.pose().yaw(), 1e-9, sample.image().written());
            assertEquals(POSES[i][1], sample.pose().pitch(), 1e-9, sample.image().written());
            assertEquals(POSES[i][2], sample.pose().roll(), 1e-9, sample.image().written());
            assertEquals(PoseSource.POSE_PARA, sample.pose().source());
        }
    }

    @Test
    void sniffsPt3d68InOneFileUpToTwoLevelsDown() throws IOException {
        assertTrue(format.sniff(ROOT));
        assertTrue(format.sniff(MAT_50));
        assertTrue(format.sniff(Fixtures.real("prnet_aflw2000")));
        assertFalse(format.sniff(Fixtures.real("300wlp_face3d")));
        assertFalse(new Lp300wFormat().sniff(ROOT), "AFLW2000's pt2d is 2x21");
    }

    @Test
    void anEditedPointSurvivesWhileTheZRowPt2dAndOtherFilesStayIdentical(@TempDir Path out) throws IOException {
        Dataset dataset = format.read(ROOT, ReadOptions.DEFAULT);
        Landmarks original = dataset.get(0).landmarks();
        Landmarks edited = original.withPoint(36, 170.123, 208.5);
        format.write(dataset.with(0, dataset.get(0).withLandmarks(edited)), out);

        Landmarks back = format.read(out, ReadOptions.DEFAULT).get(0).landmarks();
        assertEquals(170.123, back.x(36));
        assertEquals(208.5, back.y(36));
        for (int i = 0; i < 68; i++) {
            if (i != 36) {
                assertEquals(Double.doubleToRawLongBits(original.x(i)), Double.doubleToRawLongBits(back.x(i)));
                assertEquals(Double.doubleToRawLongBits(original.y(i)), Double.doubleToRawLongBits(back.y(i)));
            }
        }
        Path written = out.resolve("image00050.mat");
        Matrix before = MatTestFiles.matrix(MAT_50, "pt3d_68");
        Matrix after = MatTestFiles.matrix(written, "pt3d_68");
        assertEquals(MatlabType.Single, before.getType());
        assertEquals(MatlabType.Double, after.getType(), "170.123 is not a float: promoted, not rounded");
        for (int p = 0; p < 68; p++) {
            assertEquals(before.getDouble(2, p), after.getDouble(2, p), "z of point " + p);
        }
        assertEquals(MatTestFiles.names(MAT_50), MatTestFiles.names(written));
        for (String name : MatTestFiles.names(MAT_50)) {
            if (!name.equals("pt3d_68")) {
                MatTestFiles.assertSameVariable(MAT_50, written, name);
            }
        }
        for (FaceSample other : dataset.samples().subList(1, 16)) {
            Path mat = other.provenance().file();
            assertArrayEquals(Files.readAllBytes(mat), Files.readAllBytes(out.resolve(mat.getFileName())));
            assertTrue(Files.isRegularFile(out.resolve(other.image().written())));
        }
    }

    @Test
    void aNegativeCoordinateStaysALabelledPointAndAFloatStaysSingle(@TempDir Path out) throws IOException {
        Dataset dataset = format.read(ROOT, ReadOptions.DEFAULT);
        Landmarks edited = dataset.get(0).landmarks().withPoint(0, -3.5, 120.25);
        format.write(dataset.with(0, dataset.get(0).withLandmarks(edited)), out);

        Dataset back = format.read(out, ReadOptions.DEFAULT);
        assertEquals(List.of(), back.problems());
        assertTrue(back.get(0).landmarks().isLabelled(0));
        assertEquals(-3.5, back.get(0).landmarks().x(0));
        assertEquals(120.25, back.get(0).landmarks().y(0));
        assertEquals(MatlabType.Single, MatTestFiles.matrix(out.resolve("image00050.mat"), "pt3d_68").getType());
    }

    @Test
    void a300wLpSampleConvertsToPt3d68WithZeroDepth(@TempDir Path out) throws IOException {
        Dataset lp = new Lp300wFormat().read(Fixtures.real("300wlp_face3d"), ReadOptions.DEFAULT);
        format.write(lp, out);

        Path written = out.resolve("IBUG/IBUG_image_008_1_0.mat");
        assertEquals(List.of("pt3d_68", "Pose_Para"), MatTestFiles.names(written));
        Matrix pt3d = MatTestFiles.matrix(written, "pt3d_68");
        for (int p = 0; p < 68; p++) {
            assertEquals(0, pt3d.getDouble(2, p));
        }
        Dataset back = format.read(out, ReadOptions.DEFAULT);
        assertEquals(List.of(), back.problems());
        assertEquals(lp.get(0).landmarks(), back.get(0).landmarks());
        assertEquals(lp.get(0).pose().yaw(), back.get(0).pose().yaw(), 1e-12);
        assertEquals(lp.get(0).pose().pitch(), back.get(0).pose().pitch(), 1e-12);
        assertEquals(lp.get(0).pose().roll(), back.get(0).pose().roll(), 1e-12);
    }
}
