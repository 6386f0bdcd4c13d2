package org.landmarkstudio.core.trainset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.format.mat.Lp300wFormat;
import org.landmarkstudio.core.format.pfpld.PfpldFormat;
import org.landmarkstudio.core.format.pfpld.PfpldRowKind;
import org.landmarkstudio.core.format.wflw.WflwTestFormat;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.core.testing.Fixtures;

class PfpldTrainingSetBuilderTest {

    private static Dataset wflw() throws IOException {
        return new WflwTestFormat().read(Fixtures.real("wflw/WFLW_annotations/lines_for_included_images.txt"),
                ReadOptions.DEFAULT);
    }

    private static Dataset lp300w() throws IOException {
        return new Lp300wFormat().read(Fixtures.real("300wlp_face3d"), ReadOptions.DEFAULT);
    }

    /** The three real WFLW faces as LaPa samples; the second gets its image-left eye shut. */
    private static Dataset lapa() throws IOException {
        List<FaceSample> faces = new ArrayList<>();
        List<FaceSample> source = wflw().samples();
        for (int i = 0; i < source.size(); i++) {
            Landmarks lm = source.get(i).landmarks();
            if (i == 1) {
                lm = closeLeftEye(lm);
            }
            faces.add(source.get(i).withLandmarks(SchemaMapping.WFLW98_TO_LAPA106.apply(lm)));
        }
        return Dataset.of("lapa", null, PointSchema.LAPA_106, faces);
    }

    /** Puts the lids of WFLW eye 60-67 on the line between its corners (EAR 0). */
    private static Landmarks closeLeftEye(Landmarks lm) {
        double x0 = lm.x(60);
        double y0 = lm.y(60);
        double x4 = lm.x(64);
        double y4 = lm.y(64);
        Landmarks out = lm;
        int[] upper = {61, 62, 63};
        int[] lower = {67, 66, 65};
        for (int k = 0; k < 3; k++) {
            double t = (k + 1) / 4.0;
            double x = x0 + t * (x4 - x0);
            double y = y0 + t * (y4 - y0);
            out = out.withPoint(upper[k], x, y).withPoint(lower[k], x, y);
        }
        return out;
    }

    @Test
    void mergesWflwClosedEyeLapaAnd300wLpWithTheirFlags(@TempDir Path out) throws IOException {
        TrainingSetReport report = new PfpldTrainingSetBuilder(TrainingSetOptions.DEFAULT)
                .build(List.of(wflw()), List.of(lapa()), List.of(lp300w()), out);
        assertEquals(3, report.rows().get(TrainingSource.WFLW));
        assertEquals(1, report.rows().get(TrainingSource.LAPA), "only the closed-eye LaPa face");
        assertEquals(2, report.filtered());
        assertEquals(1, report.rows().get(TrainingSource.LP300W));
        assertTrue(report.problems().isEmpty(), report.problems().toString());

        Dataset list = new PfpldFormat().read(out.resolve("list.txt"), ReadOptions.DEFAULT.withStrict(true));
        assertEquals(5, list.size());
        List<String> lines = Files.readAllLines(out.resolve("list.txt"));
        for (int i = 0; i < 4; i++) {
            assertTrue(lines.get(i).endsWith(" -2"), lines.get(i));
            assertEquals(PfpldRowKind.LANDMARKS_98, PfpldRowKind.of(list.get(i)));
            assertEquals(98, list.get(i).landmarks().labelledCount());
            assertNull(list.get(i).pose(), "WFLW and LaPa rows carry no pose");
        }
        FaceSample lp = list.get(4);
        assertTrue(lines.get(4).endsWith(" 0"), lines.get(4));
        assertEquals(68, lp.landmarks().labelledCount());
        assertEquals(SchemaMapping.IBUG68_TO_WFLW98.carried(), lp.landmarks().labelledMask());
        // scipy.io.loadmat('IBUG_image_008_1_0.mat')['Pose_Para'][0][:3] * 180 / pi = pitch, yaw, roll
        assertEquals(-44.00865052063051, lp.pose().yaw(), 1e-9);
        assertEquals(-7.583607700562994, lp.pose().pitch(), 1e-9);
        assertEquals(3.207636553590524, lp.pose().roll(), 1e-9);
        for (FaceSample row : list.samples()) {
            BufferedImage crop = ImageIO.read(row.image().resolved().toFile());
            assertEquals(112, crop.getWidth());
            assertEquals(112, crop.getHeight());
        }
    }

    @Test
    void theLapaRowIsTheClosedEyeFaceMappedTo98(@TempDir Path out) throws IOException {
        new PfpldTrainingSetBuilder(TrainingSetOptions.DEFAULT).build(List.of(), List.of(lapa()), List.of(), out);
        Dataset list = new PfpldFormat().read(out.resolve("list.txt"), ReadOptions.DEFAULT);
        assertEquals(1, list.size());
        Landmarks row = list.get(0).landmarks();
        assertEquals(0, EyeAperture.leftRatio(row), 1e-9);
        assertTrue(list.get(0).image().written().contains("12_Group_Group_12_Group_Group_12_12"));
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedMoves300wLpCrops(@TempDir Path dir) throws IOException {
        TrainingSetOptions seeded = new TrainingSetOptions(7, TrainingSetOptions.DEFAULT.eyes(), 2);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        new PfpldTrainingSetBuilder(seeded).build(List.of(wflw()), List.of(), List.of(lp300w()), a);
        new PfpldTrainingSetBuilder(seeded).build(List.of(wflw()), List.of(), List.of(lp300w()), b);
        new PfpldTrainingSetBuilder(new TrainingSetOptions(8, seeded.eyes(), 2))
                .build(List.of(wflw()), List.of(), List.of(lp300w()), c);
        assertArrayEquals(Files.readAllBytes(a.resolve("list.txt")), Files.readAllBytes(b.resolve("list.txt")));
        try (var files = Files.list(a.resolve("imgs"))) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve("imgs").resolve(f.getFileName())));
            }
        }
        List<String> linesA = Files.readAllLines(a.resolve("list.txt"));
        List<String> linesC = Files.readAllLines(c.resolve("list.txt"));
        assertEquals(10, linesA.size(), "3 faces x (1 + 2 augmented) + 1 300W-LP row");
        assertEquals(linesA.get(0), linesC.get(0), "the plain SetPreparation crop has no randomness");
        assertNotEquals(linesA.get(9), linesC.get(9), "300W-LP margins are drawn from the seed");
    }

    @Test
    void aMissingImageIsAProblemAndTheOtherFacesStillBuild(@TempDir Path dir) throws IOException {
        Dataset real = wflw();
        FaceSample first = real.get(0);
        FaceSample broken = new FaceSample(new ImageRef("gone.jpg", dir.resolve("gone.jpg")),
                first.box(), first.landmarks(), null, first.attributes(), first.provenance());
        Dataset withHole = real.with(0, broken);
        TrainingSetReport report = new PfpldTrainingSetBuilder(TrainingSetOptions.DEFAULT)
                .build(List.of(withHole), List.of(), List.of(), dir.resolve("out"));
        assertEquals(2, report.totalRows());
        assertEquals(1, report.problems().size());
        assertEquals(1, report.problems().get(0).line());
        assertTrue(report.problems().get(0).message().contains("gone.jpg"));
        assertFalse(Files.readString(dir.resolve("out/list.txt")).contains("gone"));
    }
}
