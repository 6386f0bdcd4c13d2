package org.landmarkstudio.sampledata.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.core.stats.DatasetStats;
import org.landmarkstudio.sampledata.FaceGenerator;
import org.landmarkstudio.sampledata.SynthOptions;
import org.landmarkstudio.sampledata.SyntheticFace;

class SyntheticSetWriterTest {

    private static final int FACES = 12;
    private static final SynthOptions OPTIONS = new SynthOptions(160, 0.5, 0.25, 0.25);

    @Test
    void everyFormatReadsBackStrictlyWithTheGeneratedLabels(@TempDir Path dir) throws IOException {
        FaceGenerator generator = new FaceGenerator(OPTIONS);
        for (String format : SyntheticSetWriter.formats()) {
            SyntheticSetReport report = new SyntheticSetWriter(OPTIONS).write(format, FACES, 3, dir.resolve(format));
            Dataset back = DatasetFormats.standard().read(report.dataset(), null, ReadOptions.DEFAULT.withStrict(true));
            assertEquals(format, back.format(), "sniffed format of " + report.dataset());
            assertEquals(FACES, back.size(), format);
            assertEquals(List.of(), back.problems(), format);
            if (!format.equals("pfpld")) {
                for (int i = 0; i < FACES; i++) {
                    SyntheticFace face = generator.generate(3, i);
                    FaceSample sample = back.get(i);
                    assertEquals(SchemaMapping.between(PointSchema.LAPA_106, sample.landmarks().schema())
                            .apply(face.landmarks()).toArray()[0], sample.landmarks().toArray()[0],
                            format.equals("wflw") ? 5e-7 : 1e-9, format + " face " + i);
                }
            }
        }
    }

    @Test
    void statisticsReflectTheRequestedClosedEyeShare(@TempDir Path dir) throws IOException {
        SynthOptions half = new SynthOptions(128, 0.5, 0, 0);
        SyntheticSetReport report = new SyntheticSetWriter(half).write("lapa", 60, 11, dir);
        Dataset back = DatasetFormats.standard().read(report.dataset(), "lapa", ReadOptions.DEFAULT);
        DatasetStats stats = DatasetStats.of(back, EyeAperture.DEFAULT);
        int closed = stats.closedEye().either();
        assertTrue(closed >= 18 && closed <= 42, "closed-eye faces " + closed + " of 60 at a requested share of 0.5");
        assertEquals(0, stats.attributes().get("occlusion"));
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path dir) throws IOException {
        new SyntheticSetWriter(OPTIONS).write("300wlp", 4, 9, dir.resolve("a"));
        new SyntheticSetWriter(OPTIONS).write("300wlp", 4, 9, dir.resolve("b"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("a"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(8, files.size());
        for (Path f : files) {
            Path twin = dir.resolve("b").resolve(dir.resolve("a").relativize(f));
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(twin), f.toString());
        }
    }

    @Test
    void anUnknownFormatIsRefusedWithTheKnownOnes(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SyntheticSetWriter(OPTIONS).write("coco", 1, 0, dir));
        assertTrue(e.getMessage().contains("wflw, lapa, 300wlp, aflw2000, pfpld"), e.getMessage());
    }
}
