package org.landmarkstudio.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.tensor.Tensor;
import org.landmarkstudio.engine.tensor.TensorFiles;

class ModelProfilesTest {

    private static final Path PFPLD = Fixtures.reference().resolve("pfpld-random-s7");

    private static ModelProfile profileOf(Path model) throws ModelException {
        try (ModelRunner runner = Backends.byName("float").open(model, BackendOptions.DEFAULT)) {
            return ModelProfiles.of(model, runner.inputs(), runner.outputs());
        }
    }

    @Test
    void theRealModelsGetTheirProfilesWithoutFlags() throws ModelException {
        ModelProfile pfpld = profileOf(PFPLD.resolve("pfpld.onnx"));
        assertEquals("PFPLD", pfpld.name());
        assertEquals("landms", pfpld.landmarks().output());
        assertEquals("pose", pfpld.pose().output());

        ModelProfile peppa = profileOf(Fixtures.real("peppa/slim_160_latest.onnx"));
        assertEquals("Peppa 68", peppa.name());
        assertEquals(ChannelOrder.BGR, peppa.channels());
        assertEquals("ibug68", peppa.landmarks().schema());
        assertEquals(160, peppa.width());

        ModelProfile ghost = profileOf(Fixtures.real("pfld_ghostone/PFLD_GhostOne_112_1_opt_sim.onnx"));
        assertEquals("wflw98", ghost.landmarks().schema());
        assertNull(ghost.pose());

        ModelProfile lite = profileOf(Fixtures.real("pfld106_hsintao/lite.onnx"));
        assertEquals("lapa106", lite.landmarks().schema());
        assertEquals("output", lite.landmarks().output());
    }

    @Test
    void decodesPfpldOutputsAsYawPitchRollInDegreesAndCropUnits() throws Exception {
        Map<String, Tensor> outputs = Map.of(
                "pose", TensorFiles.read(PFPLD.resolve("pose.f32"), 4, 3),
                "landms", TensorFiles.read(PFPLD.resolve("landms.f32"), 4, 196));
        FaceTranslator translator = new FaceTranslator(ModelProfile.pfpld());
        Prediction third = translator.decode(outputs, 2);
        assertEquals(PointSchema.WFLW_98, third.landmarks().schema());
        assertEquals(outputs.get("landms").get(2 * 196 + 2 * 97 + 1), third.landmarks().y(97), 0);
        assertEquals(Math.toDegrees(outputs.get("pose").get(2 * 3)), third.pose().yaw(), 1e-9);
        assertEquals(Math.toDegrees(outputs.get("pose").get(2 * 3 + 2)), third.pose().roll(), 1e-9);
    }

    @Test
    void inputTensorsFollowTheProfilesChannelOrderMeanAndScale() {
        byte[] bgr = new byte[112 * 112 * 3];
        for (int i = 0; i < bgr.length; i++) {
            bgr[i] = (byte) (i * 7);
        }
        BgrImage crop = BgrImage.fromBgr(112, 112, bgr);
        Tensor rgb = new FaceTranslator(ModelProfile.pfpld()).toInput(crop);
        int x = 5;
        int y = 9;
        assertEquals(crop.sample(x, y, 2) / 255f, rgb.get((0 * 112 + y) * 112 + x), 1e-7);
        assertEquals(crop.sample(x, y, 0) / 255f, rgb.get((2 * 112 + y) * 112 + x), 1e-7);
        assertThrows(IllegalArgumentException.class,
                () -> new FaceTranslator(ModelProfile.pfpld()).toInput(BgrImage.fromBgr(2, 2, new byte[12])));
    }

    @Test
    void aSidecarNamingAMissingOutputFailsWithTheRealOnes(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("pfpld.onnx");
        Files.copy(PFPLD.resolve("pfpld.onnx"), model);
        Files.writeString(dir.resolve("pfpld.onnx" + ModelProfiles.SIDECAR_SUFFIX), """
                {"name": "mine", "input": "input", "width": 112, "height": 112, "channels": "rgb",
                 "mean": [0, 0, 0], "scale": [0.0039215686, 0.0039215686, 0.0039215686],
                 "landmarks": {"output": "points", "schema": "wflw98", "offset": 0, "unit": "crop_unit"},
                 "pose": null}
                """);
        ModelException e = assertThrows(ModelException.class, () -> profileOf(model));
        assertTrue(e.getMessage().contains("'points'") && e.getMessage().contains("landms"), e.getMessage());

        Files.writeString(dir.resolve("pfpld.onnx" + ModelProfiles.SIDECAR_SUFFIX), "{\"name\": \"x\",\n \"width\": ");
        ModelException broken = assertThrows(ModelException.class, () -> profileOf(model));
        assertTrue(broken.getMessage().contains("not a valid model profile"), broken.getMessage());
    }
}
