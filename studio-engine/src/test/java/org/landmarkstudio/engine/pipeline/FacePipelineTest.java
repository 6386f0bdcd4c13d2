package org.landmarkstudio.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.crop.InferenceCrop;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.wflw.WflwTestFormat;
import org.landmarkstudio.core.metrics.Normalization;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.detect.NonMaximumSuppression;
import org.landmarkstudio.engine.detect.UltraFaceDetector;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.ModelProfiles;

/**
 * The whole path on real photos: UltraFace finds the faces, PFPLD's crop cuts them, the real
 * GhostOne model places 98 points, and the points land on the WFLW ground truth in image pixels.
 */
class FacePipelineTest {

    @Test
    void findsTheAnnotatedFacesAndPlacesTheirLandmarksInImagePixels() throws Exception {
        Dataset truth = new WflwTestFormat().read(
                Fixtures.real("wflw/WFLW_annotations/lines_for_included_images.txt"), ReadOptions.DEFAULT);
        Path landmarks = Fixtures.real("pfld_ghostone/PFLD_GhostOne_112_1_opt_sim.onnx");
        Path detector = Fixtures.real("ultraface/RFB-320/onnx/version-RFB-320_simplified.onnx");
        for (InferenceCrop.Mode mode : InferenceCrop.Mode.values()) {
            ModelRunner model = Backends.byName("float").open(landmarks, BackendOptions.DEFAULT);
            FaceTranslator translator = new FaceTranslator(ModelProfiles.of(landmarks, model.inputs(), model.outputs()));
            UltraFaceDetector faces = new UltraFaceDetector(
                    Backends.byName("float").open(detector, BackendOptions.DEFAULT),
                    UltraFaceDetector.DEFAULT_SCORE_THRESHOLD, NonMaximumSuppression.ULTRAFACE);
            try (FacePipeline pipeline = new FacePipeline(faces, model, translator, mode)) {
                for (FaceSample gt : truth.samples()) {
                    BgrImage image = BgrImage.of(ImageIO.read(gt.image().resolved().toFile()));
                    List<FaceResult> found = pipeline.run(image);
                    assertFalse(found.isEmpty(), gt.image().written());
                    FaceResult face = nearest(found, gt.landmarks().bounds());
                    double nme = Normalization.INTER_OCULAR.nme(gt, face.landmarks()).value();
                    // measured: 0.039-0.046 per face in both modes (these faces are away from the edges)
                    assertTrue(nme < 0.15, mode + " " + gt.image().written() + " NME " + nme);
                    assertNull(face.pose(), "GhostOne has no pose output");
                    assertTrue(face.ms().infer() > 0 && face.ms().detect() > 0);
                }
            }
        }
    }

    /** The found face whose box centre is closest to the ground truth's. */
    private static FaceResult nearest(List<FaceResult> found, Box truth) {
        FaceResult best = found.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (FaceResult f : found) {
            double d = Math.hypot(f.box().centerX() - truth.centerX(), f.box().centerY() - truth.centerY());
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best;
    }
}
