package org.landmarkstudio.engine.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;

/** The UltraFace RFB-320 detector on real photos, on both backends. */
class UltraFaceDetectorTest {

    private static final Path MODEL = Fixtures.real("ultraface/RFB-320/onnx/version-RFB-320_simplified.onnx");

    @Test
    void findsTheOneFaceOfAPortrait() throws Exception {
        BgrImage image = image("face_recognition/obama.jpg");
        List<FaceDetection> faces = detect("float", image);
        assertEquals(1, faces.size(), faces::toString);
        Box box = faces.get(0).box();
        assertInside(box, image);
        // A head-and-shoulders portrait (910x1137): the face is a fifth to a half of the width,
        // about as tall as wide (a little taller), centred horizontally, in the upper half.
        assertTrue(box.width() > 0.2 * image.width() && box.width() < 0.5 * image.width(), box::toString);
        assertTrue(box.height() > box.width() && box.height() < 1.8 * box.width(), box::toString);
        assertTrue(Math.abs(box.centerX() - image.width() / 2.0) < 0.1 * image.width(), box::toString);
        assertTrue(box.centerY() < image.height() / 2.0, box::toString);
        assertTrue(faces.get(0).score() > 0.99, faces::toString);
    }

    @Test
    void findsBothFacesOfATwoPersonPhoto() throws Exception {
        BgrImage image = image("face_recognition/two_people.jpg");
        List<FaceDetection> faces = detect("float", image);
        assertEquals(2, faces.size(), faces::toString);
        Box a = faces.get(0).box();
        Box b = faces.get(1).box();
        assertInside(a, image);
        assertInside(b, image);
        // One person on each side of the photo, faces of similar size that do not overlap.
        assertTrue(Math.min(a.centerX(), b.centerX()) < image.width() / 2.0, faces::toString);
        assertTrue(Math.max(a.centerX(), b.centerX()) > image.width() / 2.0, faces::toString);
        assertEquals(0.0, NonMaximumSuppression.intersectionOverUnion(a, b));
        assertTrue(a.width() / b.width() > 0.7 && a.width() / b.width() < 1.4, faces::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"face_recognition/obama.jpg", "face_recognition/two_people.jpg",
        "ultraface/images/1.jpg"})
    void theJavaBackendFindsTheSameFacesAsOnnxRuntime(String name) throws Exception {
        BgrImage image = image(name);
        List<FaceDetection> expected = detect("float", image);
        List<FaceDetection> actual = detect("java", image);
        assertEquals(expected.size(), actual.size());
        assertFalse(expected.isEmpty());
        for (int i = 0; i < expected.size(); i++) {
            Box e = expected.get(i).box();
            Box a = actual.get(i).box();
            String what = "face " + i + ": " + e + " vs " + a;
            assertEquals(e.x1(), a.x1(), 1.0, what);
            assertEquals(e.y1(), a.y1(), 1.0, what);
            assertEquals(e.x2(), a.x2(), 1.0, what);
            assertEquals(e.y2(), a.y2(), 1.0, what);
            assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-4, what);
        }
    }

    @Test
    void aHigherScoreThresholdKeepsFewerFaces() throws Exception {
        BgrImage image = image("ultraface/images/1.jpg");
        List<FaceDetection> all = detect("float", image);
        try (UltraFaceDetector strict = new UltraFaceDetector(
                Backends.byName("float").open(MODEL, BackendOptions.DEFAULT), 0.99,
                NonMaximumSuppression.ULTRAFACE)) {
            List<FaceDetection> confident = strict.detect(image);
            assertTrue(confident.size() < all.size(), confident.size() + " vs " + all.size());
            assertTrue(confident.stream().allMatch(f -> f.score() > 0.99));
            assertEquals(all.subList(0, confident.size()), confident);
        }
    }

    private static List<FaceDetection> detect(String backend, BgrImage image) throws Exception {
        try (UltraFaceDetector detector = UltraFaceDetector.open(MODEL, Backends.byName(backend),
                BackendOptions.DEFAULT)) {
            return detector.detect(image);
        }
    }

    private static void assertInside(Box box, BgrImage image) {
        assertTrue(box.x1() >= 0 && box.y1() >= 0 && box.x2() <= image.width() && box.y2() <= image.height()
                && box.x1() < box.x2() && box.y1() < box.y2(), box::toString);
    }

    private static BgrImage image(String name) throws Exception {
        return BgrImage.of(ImageIO.read(Fixtures.real(name).toFile()));
    }
}
