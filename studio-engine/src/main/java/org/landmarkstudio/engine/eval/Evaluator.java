package org.landmarkstudio.engine.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.crop.FaceCrop;
import org.landmarkstudio.core.crop.InferenceCrop;
import org.landmarkstudio.core.crop.SetPreparationCrop;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.metrics.MetricAccumulator;
import org.landmarkstudio.core.metrics.MetricOptions;
import org.landmarkstudio.core.metrics.MetricSummary;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.core.subset.Subset;
import org.landmarkstudio.core.subset.SubsetCatalog;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.detect.FaceDetection;
import org.landmarkstudio.engine.detect.FaceDetector;
import org.landmarkstudio.engine.detect.NonMaximumSuppression;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.Prediction;

/**
 * Runs a landmark model over a dataset and measures it against the labels.
 *
 * <p>Model and dataset schemas may differ (a 98-point model on 68-point AFLW2000): metrics are
 * computed in the dataset's schema when the prediction maps onto all its points, else in the
 * model's schema with the labels mapped onto it (unmapped points then count as unlabelled).
 *
 * <p>With {@link CropSource#DETECTOR} a face the detector misses is not a landmark error: it is
 * listed in {@link EvaluationReport#missed()} and left out of NME, FR, AUC and CED alike, so those
 * keep measuring the landmark model on the faces it was given, and the miss count measures the
 * detector. (Counting a miss as an FR failure would mix the two and make FR depend on the
 * detector's settings.) Each face is matched on its own: two faces may claim the same detection.
 */
public final class Evaluator {

    /**
     * The least IoU between a detection and a labelled face's box for the detection to count as
     * that face. Low because the detectors' boxes and the labels' boxes are drawn differently:
     * a Haar box, square and down to the chin, overlaps WFLW landmark bounds by 0.6 to 0.7.
     */
    public static final double MIN_DETECTION_IOU = 0.3;

    private final ModelRunner model;
    private final FaceTranslator translator;
    private final CropSource source;
    private final MetricOptions options;
    private final SubsetCatalog subsets;
    private final FaceDetector detector;

    /** An evaluator that crops from the labels ({@link CropSource#LANDMARKS} or {@link CropSource#BOX}). */
    public Evaluator(ModelRunner model, FaceTranslator translator, CropSource source, MetricOptions options,
                     SubsetCatalog subsets) {
        this(model, translator, source, options, subsets, null);
    }

    /**
     * An evaluator with a face detector, required for {@link CropSource#DETECTOR}; the caller
     * keeps ownership of the model and the detector.
     *
     * @throws IllegalArgumentException when {@code source} is DETECTOR and {@code detector} is null
     */
    public Evaluator(ModelRunner model, FaceTranslator translator, CropSource source, MetricOptions options,
                     SubsetCatalog subsets, FaceDetector detector) {
        if (source == CropSource.DETECTOR && detector == null) {
            throw new IllegalArgumentException("crops from a detector need a detector");
        }
        this.model = model;
        this.translator = translator;
        this.source = source;
        this.options = options;
        this.subsets = subsets;
        this.detector = detector;
    }

    /**
     * Evaluates every sample of {@code dataset}.
     *
     * @throws DatasetException naming the sample when its image cannot be read
     */
    public EvaluationReport evaluate(Dataset dataset) throws IOException, ModelException {
        PointSchema modelSchema = PointSchema.byId(translator.profile().landmarks().schema());
        MetricAccumulator overall = new MetricAccumulator(options);
        Map<String, MetricAccumulator> perSubset = new LinkedHashMap<>();
        List<Subset> catalog = subsets.builtIns();
        String schema = null;
        Path lastImage = null;
        BgrImage image = null;
        List<FaceDetection> detections = List.of();
        List<Provenance> missed = new ArrayList<>();
        for (FaceSample truth : dataset.samples()) {
            if (!truth.image().resolved().equals(lastImage)) {
                image = read(truth);
                lastImage = truth.image().resolved();
                detections = source == CropSource.DETECTOR ? detector.detect(image) : List.of();
            }
            Box detected = null;
            if (source == CropSource.DETECTOR) {
                detected = bestDetection(detections, truth);
                if (detected == null) {
                    missed.add(truth.provenance());
                    continue;
                }
            }
            InImage predicted = predict(image, truth, modelSchema, detected);
            FaceSample[] pair = inCommonSchema(truth,
                    truth.withLandmarks(predicted.landmarks()).withPose(predicted.pose()), modelSchema);
            schema = pair[0].landmarks().schema().id();
            overall.add(pair[0], pair[1]);
            for (Subset subset : catalog) {
                if (subset.contains(truth)) {
                    perSubset.computeIfAbsent(subset.name(), n -> new MetricAccumulator(options)).add(pair[0], pair[1]);
                }
            }
        }
        Map<String, MetricSummary> summaries = new LinkedHashMap<>();
        perSubset.forEach((name, acc) -> summaries.put(name, acc.summary()));
        return new EvaluationReport(model.backend(), schema == null ? modelSchema.id() : schema, overall.summary(),
                summaries, missed);
    }

    /**
     * The box of the detection that overlaps {@code truth}'s box (or landmarks' bounds) most, or
     * null when none reaches {@link #MIN_DETECTION_IOU}.
     */
    private static Box bestDetection(List<FaceDetection> detections, FaceSample truth) {
        FaceDetection best = null;
        double bestIou = MIN_DETECTION_IOU;
        for (FaceDetection d : detections) {
            double iou = NonMaximumSuppression.intersectionOverUnion(d.box(), truth.boxOrBounds());
            if (iou >= bestIou) {
                bestIou = iou;
                best = d;
            }
        }
        return best == null ? null : best.box();
    }

    /**
     * The model's landmarks for {@code truth}'s face, in image pixels, with its pose; cropped from
     * the {@code detected} box when given.
     */
    private InImage predict(BgrImage image, FaceSample truth, PointSchema modelSchema, Box detected)
            throws ModelException {
        int size = translator.profile().width();
        FaceCrop crop;
        Landmarks none = Landmarks.unlabelled(modelSchema);
        InferenceCrop.Window window = null;
        SetPreparationCrop.Placement placement = null;
        if (source == CropSource.LANDMARKS) {
            SetPreparationCrop prep = new SetPreparationCrop(size);
            placement = prep.place(truth.landmarks());
            crop = prep.crop(image, truth.landmarks());
        } else {
            Box face = detected != null ? detected : truth.boxOrBounds();
            InferenceCrop inference = new InferenceCrop(InferenceCrop.Mode.CORRECTED, size);
            window = inference.window(face, image.width(), image.height());
            crop = inference.crop(image, face, none);
        }
        Prediction prediction = translator.decode(
                model.run(Map.of(translator.profile().input(), translator.toInput(crop.pixels()))), 0);
        Landmarks inImage = window != null ? window.toImage(prediction.landmarks())
                : placement.frame().toImage(prediction.landmarks());
        return new InImage(inImage, prediction.pose());
    }

    /** A prediction mapped back to image pixels. */
    private record InImage(Landmarks landmarks, HeadPose pose) {
    }

    /** {truth, prediction} in the dataset's schema when the model covers it, else in the model's. */
    private static FaceSample[] inCommonSchema(FaceSample truth, FaceSample prediction, PointSchema modelSchema) {
        PointSchema data = truth.landmarks().schema();
        if (data == modelSchema) {
            return new FaceSample[] {truth, prediction};
        }
        SchemaMapping toData = SchemaMapping.between(modelSchema, data);
        if (toData.carried().cardinality() == data.size()) {
            return new FaceSample[] {truth, prediction.withLandmarks(toData.apply(prediction.landmarks()))};
        }
        SchemaMapping toModel = SchemaMapping.between(data, modelSchema);
        return new FaceSample[] {truth.withLandmarks(toModel.apply(truth.landmarks())), prediction};
    }

    private static BgrImage read(FaceSample truth) throws IOException {
        Path file = truth.image().resolved();
        BufferedImage decoded = file == null ? null : ImageIO.read(file.toFile());
        if (decoded == null) {
            throw new DatasetException(new Problem(truth.provenance().file(), truth.provenance().line(), null,
                    "image " + file + " is missing or not a readable image"));
        }
        return BgrImage.of(decoded);
    }
}
