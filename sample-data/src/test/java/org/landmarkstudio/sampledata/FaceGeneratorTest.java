package org.landmarkstudio.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

class FaceGeneratorTest {

    private static final long SEED = 20240611L;
    private static final int COUNT = 500;
    private static final FaceGenerator GENERATOR = new FaceGenerator(SynthOptions.DEFAULT);
    private static List<SyntheticFace> faces;

    @BeforeAll
    static void generate() {
        faces = IntStream.range(0, COUNT).parallel().mapToObj(i -> GENERATOR.generate(SEED, i)).toList();
    }

    @Test
    void imagesAreSquareBgrAtTheRequestedSize() {
        for (SyntheticFace face : faces.subList(0, 20)) {
            assertEquals(BufferedImage.TYPE_3BYTE_BGR, face.image().getType());
            assertEquals(256, face.image().getWidth());
            assertEquals(256, face.image().getHeight());
            assertEquals(PointSchema.LAPA_106, face.landmarks().schema());
            assertTrue(face.landmarks().isComplete());
            assertEquals(PoseSource.SYNTHETIC, face.pose().source());
        }
    }

    @Test
    void eyeApertureFindsTheGeneratedEyeStates() {
        int agree = 0;
        int eyes = 0;
        int closedFaces = 0;
        for (SyntheticFace face : faces) {
            EyeState left = EyeAperture.DEFAULT.classify(EyeAperture.leftRatio(face.landmarks()));
            EyeState right = EyeAperture.DEFAULT.classify(EyeAperture.rightRatio(face.landmarks()));
            agree += (left == face.leftEye() ? 1 : 0) + (right == face.rightEye() ? 1 : 0);
            eyes += 2;
            if (face.leftEye() == EyeState.CLOSED || face.rightEye() == EyeState.CLOSED) {
                closedFaces++;
            }
        }
        double rate = (double) agree / eyes;
        System.out.printf("eye aperture agrees with the generated eye state on %d of %d eyes (%.2f %%); "
                + "%d of %d faces have a closed eye%n", agree, eyes, 100 * rate, closedFaces, COUNT);
        assertTrue(rate >= 0.98, "agreement " + rate);
        double closedShare = (double) closedFaces / COUNT;
        assertTrue(Math.abs(closedShare - SynthOptions.DEFAULT.closedEyeFraction()) < 0.07,
                "closed share " + closedShare);
    }

    @Test
    void closedEyesHaveClosedLidsAndOpenEyesOpenOnes() {
        for (SyntheticFace face : faces) {
            assertEquals(face.leftEye() == EyeState.CLOSED, face.leftOpenness() < 0.2,
                    "left openness " + face.leftOpenness());
            assertEquals(face.rightEye() == EyeState.CLOSED, face.rightOpenness() < 0.2,
                    "right openness " + face.rightOpenness());
        }
    }

    @Test
    void theThreeSchemasAgreeThroughTheMappings() {
        for (SyntheticFace face : faces.subList(0, 50)) {
            Landmarks lapa = face.landmarks();
            Landmarks wflw = SchemaMapping.LAPA106_TO_WFLW98.apply(lapa);
            Landmarks ibug = SchemaMapping.WFLW98_TO_IBUG68.apply(wflw);
            assertTrue(wflw.isComplete());
            assertTrue(ibug.isComplete());
            for (int w = 0; w < 98; w++) {
                int l = SchemaMapping.LAPA106_TO_WFLW98.sourceOf(w);
                assertEquals(lapa.x(l), wflw.x(w));
                assertEquals(lapa.y(l), wflw.y(w));
            }
            for (int i = 0; i < 68; i++) {
                int w = SchemaMapping.WFLW98_TO_IBUG68.sourceOf(i);
                assertEquals(wflw.x(w), ibug.x(i));
                assertEquals(wflw.y(w), ibug.y(i));
            }
            assertEquals(ibug, SchemaMapping.between(PointSchema.LAPA_106, PointSchema.IBUG_68).apply(lapa));
            assertEquals(SchemaMapping.WFLW98_TO_LAPA106.apply(wflw).toArray().length, lapa.toArray().length);
        }
    }

    @Test
    void poseLabelsAgreeWithTheLandmarksAsOnAflw2000() {
        int[] checked = new int[3];
        double worstRoll = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            SyntheticFace face = faces.get(i);
            Landmarks ibug = SchemaMapping.between(PointSchema.LAPA_106, PointSchema.IBUG_68).apply(face.landmarks());
            String problem = PoseSigns.disagreement(ibug, face.pose());
            if (problem != null) {
                problems.add("face " + i + ": " + problem);
            }
            checked[0] += PoseSigns.yawChecked(face.pose()) ? 1 : 0;
            checked[1] += PoseSigns.pitchChecked(face.pose()) ? 1 : 0;
            if (PoseSigns.rollChecked(face.pose())) {
                checked[2]++;
                worstRoll = Math.max(worstRoll,
                        Math.abs(PoseSigns.eyeLineAngle(ibug) - PoseSigns.predictedEyeLineAngle(face.pose())));
            }
        }
        System.out.printf("pose checks on generated faces: %d yaw, %d pitch, %d roll (eye line within %.2f degrees "
                + "of the rotation's); %d disagree%n", checked[0], checked[1], checked[2], worstRoll, problems.size());
        assertEquals(List.of(), problems);
        assertTrue(checked[0] > 200 && checked[1] > 20 && checked[2] > 400, Arrays.toString(checked));
    }

    @Test
    void poseFlagMeansAnAngleBeyondThirtyDegrees() {
        int large = 0;
        for (SyntheticFace face : faces) {
            boolean beyond = face.pose().maxAbsAngle() > 30;
            assertEquals(beyond, face.attributes().has(WflwAttribute.POSE));
            assertTrue(Math.abs(face.pose().yaw()) <= 90 && Math.abs(face.pose().pitch()) <= 60
                    && Math.abs(face.pose().roll()) <= 45, face.pose().toString());
            large += beyond ? 1 : 0;
        }
        assertTrue(Math.abs((double) large / COUNT - SynthOptions.DEFAULT.largePoseFraction()) < 0.07,
                large + " large");
    }

    @Test
    void eyeLabelsAreLeftForTheApertureRule() {
        for (SyntheticFace face : faces) {
            assertNull(face.attributes().leftEye());
            assertNull(face.attributes().rightEye());
        }
    }

    @Test
    void boxHoldsEveryLandmarkAndLiesInTheImage() {
        for (SyntheticFace face : faces) {
            Box box = face.box();
            Box bounds = face.landmarks().bounds();
            assertTrue(box.x1() >= 0 && box.y1() >= 0 && box.x2() <= 255 && box.y2() <= 255, box.toString());
            assertTrue(bounds.x1() >= box.x1() - 1e-9 || box.x1() == 0, box + " vs " + bounds);
            assertTrue(bounds.x2() <= box.x2() + 1e-9 || box.x2() == 255, box + " vs " + bounds);
            assertTrue(bounds.y2() <= box.y2() + 1e-9 || box.y2() == 255, box + " vs " + bounds);
            assertTrue(box.width() > 40 && box.height() > 40, box.toString());
        }
    }

    @Test
    void sameSeedAndIndexGiveTheSameFaceInAnyOrder() {
        FaceGenerator other = new FaceGenerator(SynthOptions.DEFAULT);
        for (int i : new int[] {7, 3, 499, 0}) {
            SyntheticFace again = other.generate(SEED, i);
            SyntheticFace first = faces.get(i);
            assertArrayEquals(pixels(first.image()), pixels(again.image()), "face " + i);
            assertEquals(first.landmarks(), again.landmarks());
            assertEquals(first.pose(), again.pose());
            assertEquals(first.attributes(), again.attributes());
            assertEquals(first.box(), again.box());
            assertEquals(first.leftOpenness(), again.leftOpenness());
        }
    }

    @Test
    void anotherIndexOrSeedGivesAnotherFace() {
        assertNotEquals(faces.get(0).landmarks(), faces.get(1).landmarks());
        assertFalse(Arrays.equals(pixels(faces.get(0).image()), pixels(faces.get(1).image())));
        SyntheticFace otherSeed = GENERATOR.generate(SEED + 1, 0);
        assertNotEquals(faces.get(0).landmarks(), otherSeed.landmarks());
    }

    @Test
    void concurrentCallsGiveTheSameFacesAsSequentialOnes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SyntheticFace>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int index = 40 + i;
                futures.add(pool.submit(() -> GENERATOR.generate(SEED, index)));
            }
            for (int i = 0; i < 8; i++) {
                SyntheticFace face = futures.get(i).get();
                assertArrayEquals(pixels(faces.get(40 + i).image()), pixels(face.image()));
                assertEquals(faces.get(40 + i).landmarks(), face.landmarks());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void mixSpreadsNeighbouringSeedsAndIndices() {
        assertNotEquals(FaceGenerator.mix(1, 0), FaceGenerator.mix(0, 1));
        assertNotEquals(FaceGenerator.mix(0, 0), FaceGenerator.mix(0, 1));
        assertEquals(FaceGenerator.mix(5, 9), FaceGenerator.mix(5, 9));
        long diff = FaceGenerator.mix(1, 0) ^ FaceGenerator.mix(1, 1);
        assertTrue(Long.bitCount(diff) > 16, "poorly mixed: " + Long.toBinaryString(diff));
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
