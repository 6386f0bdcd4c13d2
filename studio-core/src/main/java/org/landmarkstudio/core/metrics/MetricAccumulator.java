package org.landmarkstudio.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.EyeContour;

/**
 * Collects (ground truth, prediction) pairs one at a time and summarizes them: the single
 * metric implementation behind the evaluator, the CLI and the trainer's validation.
 *
 * <p>An evaluator that reports per subset and per backend keeps one accumulator per cell and
 * adds each pair to the cells it belongs to. Exclusion applies to the NME-based metrics only:
 * a sample whose ground-truth eye corners are unlabelled still counts for pose and eye
 * aperture when those are labelled. Not thread-safe.
 */
public final class MetricAccumulator {

    private final MetricOptions options;
    private final List<Exclusion> exclusions = new ArrayList<>();
    private double[] nmes = new double[64];
    private int measured;
    private int samples;
    private int poseSamples;
    private double yawSum;
    private double pitchSum;
    private double rollSum;
    private int closedEyes;
    private double earAbsSum;
    private double earSignedSum;

    public MetricAccumulator(MetricOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Summarizes a list of pairs in one go. */
    public static MetricSummary summarize(List<EvaluationPair> pairs, MetricOptions options) {
        MetricAccumulator accumulator = new MetricAccumulator(options);
        for (EvaluationPair pair : pairs) {
            accumulator.add(pair.groundTruth(), pair.prediction());
        }
        return accumulator.summary();
    }

    /**
     * Adds one pair and returns its NME (or why it is excluded), so a caller can also keep
     * per-sample errors, e.g. for an "NME above x" subset.
     *
     * @throws IllegalArgumentException when the prediction is in another schema or incomplete
     */
    public SampleNme add(FaceSample groundTruth, FaceSample prediction) {
        SampleNme nme = options.normalization().nme(groundTruth, prediction.landmarks());
        if (nme.isExcluded()) {
            exclusions.add(new Exclusion(samples, nme.exclusion()));
        } else {
            if (measured == nmes.length) {
                nmes = Arrays.copyOf(nmes, 2 * measured);
            }
            nmes[measured++] = nme.value();
        }
        addPose(groundTruth.pose(), prediction.pose());
        EyeAperture eyes = options.eyes();
        Landmarks gt = groundTruth.landmarks();
        Landmarks pred = prediction.landmarks();
        addEye(eyes.leftState(groundTruth), gt, pred, gt.schema().leftEye());
        addEye(eyes.rightState(groundTruth), gt, pred, gt.schema().rightEye());
        samples++;
        return nme;
    }

    /** The metrics of every pair added so far. */
    public MetricSummary summary() {
        NmeDistribution distribution = new NmeDistribution(Arrays.copyOf(nmes, measured));
        double t = options.threshold();
        boolean any = distribution.size() > 0;
        PoseError pose = poseSamples == 0 ? null
                : new PoseError(poseSamples, yawSum / poseSamples, pitchSum / poseSamples, rollSum / poseSamples);
        EyeApertureError eyeAperture = closedEyes == 0 ? null
                : new EyeApertureError(closedEyes, earAbsSum / closedEyes, earSignedSum / closedEyes);
        return new MetricSummary(samples, exclusions.size(), exclusions, options.normalization(), t,
                any ? distribution.mean() : null,
                any ? distribution.failureRate(t) : null,
                any ? distribution.auc(t) : null,
                any ? distribution.ced(t, options.cedIntervals()) : List.of(),
                pose, eyeAperture);
    }

    private void addPose(HeadPose gt, HeadPose pred) {
        if (gt == null || pred == null) {
            return;
        }
        yawSum += Math.abs(pred.yaw() - gt.yaw());
        pitchSum += Math.abs(pred.pitch() - gt.pitch());
        rollSum += Math.abs(pred.roll() - gt.roll());
        poseSamples++;
    }

    private void addEye(EyeState gtState, Landmarks gt, Landmarks pred, EyeContour eye) {
        if (gtState != EyeState.CLOSED) {
            return;
        }
        double labelled = EyeAperture.ratio(gt, eye);
        double predicted = EyeAperture.ratio(pred, eye);
        if (Double.isNaN(labelled) || Double.isNaN(predicted)) {
            return;
        }
        earAbsSum += Math.abs(predicted - labelled);
        earSignedSum += predicted - labelled;
        closedEyes++;
    }
}
