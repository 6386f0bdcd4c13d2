package org.landmarkstudio.engine.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landmarkstudio.engine.testing.TensorAssert.assertClose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.crop.BilinearResize;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * The real UltraFace detectors (RFB-320 and slim-320) on real photos: the java backend must match
 * ONNX Runtime to 1e-4 of each output's scale. The simplified exports have BatchNorm folded; the
 * unsimplified ones keep BatchNormalization and Shape -> Gather -> Unsqueeze -> Concat -> Reshape
 * chains, which the importer folds into constants (their input shape is static), and the
 * authors' box decoding (Slice to INT64_MAX, Exp, Concat) inside the graph.
 */
class UltraFaceAgreementTest {

    @ParameterizedTest
    @CsvSource({
        "RFB-320/onnx/version-RFB-320_simplified.onnx, 1.jpg",
        "RFB-320/onnx/version-RFB-320_simplified.onnx, 13.jpg",
        "slim-320/onnx/version-slim-320_simplified.onnx, 2.jpg",
        "slim-320/onnx/version-slim-320_simplified.onnx, ncnn_test.jpg",
        "RFB-320/onnx/version-RFB-320.onnx, 1.jpg",
        "RFB-320/onnx/version-RFB-320_without_postprocessing.onnx, 13.jpg",
        "slim-320/onnx/version-slim-320.onnx, 2.jpg"})
    void javaMatchesOnnxRuntimeOnARealImage(String model, String image) throws Exception {
        Path file = Fixtures.real("ultraface").resolve(model);
        Tensor input = preprocess(Fixtures.real("ultraface/images").resolve(image));
        try (ModelRunner reference = Backends.byName("float").open(file, BackendOptions.DEFAULT);
             ModelRunner java = Backends.byName("java").open(file, BackendOptions.DEFAULT)) {
            Map<String, Tensor> expected = reference.run(Map.of("input", input));
            Map<String, Tensor> actual = java.run(Map.of("input", input));
            assertEquals(expected.keySet(), actual.keySet());
            for (String name : expected.keySet()) {
                assertClose(name, expected.get(name), actual.get(name));
            }
        }
    }

    /** The repository's preprocessing: RGB, 320x240, (pixel - 127) / 128. */
    private static Tensor preprocess(Path image) throws IOException {
        BgrImage resized = new BilinearResize(320, 240).apply(BgrImage.of(ImageIO.read(image.toFile())));
        float[] data = new float[3 * 240 * 320];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 240; y++) {
                for (int x = 0; x < 320; x++) {
                    data[(c * 240 + y) * 320 + x] = (resized.sample(x, y, 2 - c) - 127f) / 128f;
                }
            }
        }
        return Tensor.of(data, 1, 3, 240, 320);
    }
}
