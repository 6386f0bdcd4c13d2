package org.landmarkstudio.engine.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.crop.BilinearResize;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.BackendProvider;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Detects faces with an UltraFace 320x240 model (RFB-320 or slim-320, the exports whose
 * {@code boxes} output holds raw SSD offsets) on any backend.
 *
 * <p>The steps follow the authors' predictor: the photo is resized to 320x240 (bilinear, as
 * {@code cv2.resize}), fed as RGB planes scaled by {@code (pixel - 127) / 128}; the offsets are
 * decoded against {@link UltraFacePriors}; face scores strictly above the score threshold
 * (0.7 by default) survive; {@link NonMaximumSuppression} thins them on the normalized boxes;
 * and the kept boxes are scaled to the photo's pixels. Unlike the authors' code, boxes are then clipped to the
 * photo, because downstream crops need boxes that lie on the image.
 */
public final class UltraFaceDetector implements FaceDetector {

    /** Input width of the 320 models, in pixels. */
    public static final int INPUT_WIDTH = 320;
    /** Input height of the 320 models, in pixels. */
    public static final int INPUT_HEIGHT = 240;
    /** The authors' default score threshold. */
    public static final double DEFAULT_SCORE_THRESHOLD = 0.7;

    private static final UltraFacePriors PRIORS = UltraFacePriors.rfb320();

    private final ModelRunner runner;
    private final double scoreThreshold;
    private final NonMaximumSuppression suppression;

    /**
     * A detector over an already opened model; it takes ownership and closes it.
     *
     * @param scoreThreshold minimum face probability (exclusive)
     */
    public UltraFaceDetector(ModelRunner runner, double scoreThreshold, NonMaximumSuppression suppression) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.suppression = Objects.requireNonNull(suppression, "suppression");
        if (!(scoreThreshold >= 0 && scoreThreshold < 1)) {
            throw new IllegalArgumentException("score threshold must be in [0, 1), got " + scoreThreshold);
        }
        this.scoreThreshold = scoreThreshold;
    }

    /**
     * Opens {@code model} on {@code backend} with the authors' thresholds.
     *
     * @throws ModelException when the backend cannot open the model
     */
    public static UltraFaceDetector open(Path model, BackendProvider backend, BackendOptions options)
            throws ModelException {
        return new UltraFaceDetector(backend.open(model, options), DEFAULT_SCORE_THRESHOLD,
                NonMaximumSuppression.ULTRAFACE);
    }

    /** The model input for {@code image}: 1x3x240x320, RGB planes, {@code (pixel - 127) / 128}. */
    public static Tensor inputTensor(BgrImage image) {
        BgrImage resized = new BilinearResize(INPUT_WIDTH, INPUT_HEIGHT).apply(image);
        float[] data = new float[3 * INPUT_HEIGHT * INPUT_WIDTH];
        for (int rgb = 0; rgb < 3; rgb++) {
            for (int y = 0; y < INPUT_HEIGHT; y++) {
                for (int x = 0; x < INPUT_WIDTH; x++) {
                    data[(rgb * INPUT_HEIGHT + y) * INPUT_WIDTH + x] = (resized.sample(x, y, 2 - rgb) - 127f) / 128f;
                }
            }
        }
        return Tensor.of(data, 1, 3, INPUT_HEIGHT, INPUT_WIDTH);
    }

    @Override
    public List<FaceDetection> detect(BgrImage image) throws ModelException {
        Map<String, Tensor> outputs = runner.run(Map.of("input", inputTensor(image)));
        Tensor scores = outputs.get("scores");
        Tensor offsets = outputs.get("boxes");
        if (scores == null || offsets == null) {
            throw new ModelException("an UltraFace model must output 'scores' and 'boxes', got " + outputs.keySet());
        }
        if (scores.size() != PRIORS.count() * 2) {
            throw new ModelException("expected " + PRIORS.count() + "x2 scores, got shape "
                    + Tensor.format(scores.shape()));
        }
        List<Box> boxes = SsdBoxDecoder.ULTRAFACE.decode(offsets, PRIORS);
        List<FaceDetection> candidates = new ArrayList<>();
        for (int i = 0; i < PRIORS.count(); i++) {
            double face = scores.get(2 * i + 1);
            if (face > scoreThreshold) {
                candidates.add(new FaceDetection(boxes.get(i), face));
            }
        }
        List<FaceDetection> faces = new ArrayList<>();
        for (FaceDetection kept : suppression.apply(candidates)) {
            faces.add(new FaceDetection(toPixels(kept.box(), image), kept.score()));
        }
        return faces;
    }

    private static Box toPixels(Box normalized, BgrImage image) {
        int w = image.width();
        int h = image.height();
        return new Box(clip(normalized.x1() * w, w), clip(normalized.y1() * h, h),
                clip(normalized.x2() * w, w), clip(normalized.y2() * h, h));
    }

    private static double clip(double v, int limit) {
        return Math.max(0, Math.min(limit, v));
    }

    @Override
    public void close() {
        runner.close();
    }
}
