package org.landmarkstudio.engine.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * The priors and the decoder against the authors' own export {@code version-RFB-320.onnx}, which
 * decodes the boxes inside the graph: decoding the raw offsets of the same weights
 * ({@code _without_postprocessing.onnx}) must give the same corner boxes for every prior.
 */
class SsdBoxDecoderTest {

    private static final Path ONNX = Fixtures.real("ultraface/RFB-320/onnx");

    @ParameterizedTest
    @ValueSource(strings = {"1.jpg", "ncnn_test.jpg"})
    void decodingRawOffsetsReproducesTheAuthorsDecodedExport(String image) throws Exception {
        Tensor input = UltraFaceDetector.inputTensor(
                BgrImage.of(ImageIO.read(Fixtures.real("ultraface/images").resolve(image).toFile())));
        Tensor raw;
        Tensor decoded;
        try (ModelRunner rawModel = Backends.byName("float").open(
                    ONNX.resolve("version-RFB-320_without_postprocessing.onnx"), BackendOptions.DEFAULT);
             ModelRunner decodingModel = Backends.byName("float").open(
                    ONNX.resolve("version-RFB-320.onnx"), BackendOptions.DEFAULT)) {
            raw = rawModel.run(Map.of("input", input)).get("boxes");
            decoded = decodingModel.run(Map.of("input", input)).get("boxes");
        }
        assertArrayEquals(new int[] {1, 4420, 4}, decoded.shape());
        List<Box> boxes = SsdBoxDecoder.ULTRAFACE.decode(raw, UltraFacePriors.rfb320());
        assertEquals(4420, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            double[] mine = {b.x1(), b.y1(), b.x2(), b.y2()};
            for (int k = 0; k < 4; k++) {
                assertEquals(decoded.get(4 * i + k), mine[k], 1e-5, "prior " + i + " coordinate " + k);
            }
        }
    }

    @Test
    void aZeroOffsetGivesThePriorItself() {
        UltraFacePriors priors = UltraFacePriors.rfb320();
        Box first = SsdBoxDecoder.ULTRAFACE.decode(Tensor.of(new float[4420 * 4], 1, 4420, 4), priors).get(0);
        // Prior 0: centre (0.5/40, 0.5/30) = (0.0125, 0.016667), size 10/320 x 10/240.
        assertEquals(0.0125 - 10.0 / 640, first.x1(), 1e-12);
        assertEquals(0.5 / 30 - 10.0 / 480, first.y1(), 1e-12);
        assertEquals(0.0125 + 10.0 / 640, first.x2(), 1e-12);
        assertEquals(0.5 / 30 + 10.0 / 480, first.y2(), 1e-12);
    }

    @Test
    void offsetsOfTheWrongSizeAreRejected() {
        Tensor offsets = Tensor.of(new float[4419 * 4], 1, 4419, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SsdBoxDecoder.ULTRAFACE.decode(offsets, UltraFacePriors.rfb320()));
        assertEquals("expected 4420x4 box offsets, got shape 1x4419x4", e.getMessage());
    }
}
