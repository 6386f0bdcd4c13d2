package org.landmarkstudio.engine.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.crop.InferenceCrop;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.detect.FaceDetection;
import org.landmarkstudio.engine.detect.FaceDetector;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.Prediction;

/**
 * Detects the faces of an image and runs a landmark model on each, returning landmarks and pose
 * in image coordinates. Owns the detector and the model runner it is given.
 */
public final class FacePipeline implements AutoCloseable {

    private final FaceDetector detector;
    private final ModelRunner model;
    private final FaceTranslator translator;
    private final InferenceCrop crop;
    private final PointSchema schema;

    /**
     * @param detector   finds the faces
     * @param model      the landmark model
     * @param translator the model's profile applied (its input must be square)
     * @param mode       PFPLD's crop, as its demos do it or corrected
     */
    public FacePipeline(FaceDetector detector, ModelRunner model, FaceTranslator translator, InferenceCrop.Mode mode) {
        if (translator.profile().width() != translator.profile().height()) {
            throw new IllegalArgumentException("the PFPLD crop is square; the model wants "
                    + translator.profile().width() + "x" + translator.profile().height());
        }
        this.detector = detector;
        this.model = model;
        this.translator = translator;
        this.crop = new InferenceCrop(mode, translator.profile().width());
        this.schema = PointSchema.byId(translator.profile().landmarks().schema());
    }

    /** Every face in {@code image}, in the detector's order (highest score first). */
    public List<FaceResult> run(BgrImage image) throws ModelException {
        long start = System.nanoTime();
        List<FaceDetection> faces = detector.detect(image);
        double detectMs = (System.nanoTime() - start) / 1e6;
        List<FaceResult> results = new ArrayList<>(faces.size());
        for (FaceDetection face : faces) {
            long t0 = System.nanoTime();
            InferenceCrop.Window window = crop.window(face.box(), image.width(), image.height());
            BgrImage pixels = crop.crop(image, face.box(), Landmarks.unlabelled(schema)).pixels();
            long t1 = System.nanoTime();
            Prediction prediction = translator.decode(
                    model.run(Map.of(translator.profile().input(), translator.toInput(pixels))), 0);
            long t2 = System.nanoTime();
            results.add(new FaceResult(face.box(), face.score(), window.toImage(prediction.landmarks()),
                    prediction.pose(), new StageTimes(detectMs, (t1 - t0) / 1e6, (t2 - t1) / 1e6)));
        }
        return results;
    }

    @Override
    public void close() {
        model.close();
        detector.close();
    }
}
