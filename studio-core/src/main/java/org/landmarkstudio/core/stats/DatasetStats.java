package org.landmarkstudio.core.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * What {@code ./studio data stats} reports about a dataset: its size, what went wrong while
 * reading it, how many faces have closed eyes or each WFLW flag, and the range of its poses.
 *
 * <p>Plain records whose component names are the JSON keys, so the app layer serializes them
 * with Jackson as they are; the app layer renders the problems (file, line, message).
 *
 * @param format     the id of the format the dataset was read from
 * @param schema     the point schema's id, or {@code null} when the dataset has none
 * @param samples    how many samples loaded
 * @param skipped    how many samples were skipped because of problems
 * @param problems   what was wrong with the input
 * @param closedEye  closed-eye counts
 * @param attributes how many samples carry each WFLW flag, keyed by flag name in file order
 * @param pose       pose statistics, or {@code null} when no sample has a pose
 */
public record DatasetStats(String format, String schema, int samples, int skipped, List<Problem> problems,
                           ClosedEyeCounts closedEye, Map<String, Integer> attributes, PoseStats pose) {

    public DatasetStats {
        problems = List.copyOf(problems);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * Computes the statistics in a single pass over the samples.
     *
     * @param dataset the dataset
     * @param eyes    the closed-eye rule (explicit eye labels win over it)
     */
    public static DatasetStats of(Dataset dataset, EyeAperture eyes) {
        WflwAttribute[] flags = WflwAttribute.values();
        int[] flagCounts = new int[flags.length];
        int left = 0;
        int right = 0;
        int both = 0;
        int posed = 0;
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] sum = new double[3];
        for (FaceSample sample : dataset.samples()) {
            boolean leftClosed = eyes.leftState(sample) == EyeState.CLOSED;
            boolean rightClosed = eyes.rightState(sample) == EyeState.CLOSED;
            left += leftClosed ? 1 : 0;
            right += rightClosed ? 1 : 0;
            both += leftClosed && rightClosed ? 1 : 0;
            for (WflwAttribute flag : sample.attributes().flags()) {
                flagCounts[flag.ordinal()]++;
            }
            HeadPose pose = sample.pose();
            if (pose != null) {
                posed++;
                accumulate(0, pose.yaw(), min, max, sum);
                accumulate(1, pose.pitch(), min, max, sum);
                accumulate(2, pose.roll(), min, max, sum);
            }
        }
        Map<String, Integer> attributes = new LinkedHashMap<>();
        for (WflwAttribute flag : flags) {
            attributes.put(flag.key(), flagCounts[flag.ordinal()]);
        }
        PoseStats pose = posed == 0 ? null : new PoseStats(posed,
                new AngleStats(min[0], max[0], sum[0] / posed),
                new AngleStats(min[1], max[1], sum[1] / posed),
                new AngleStats(min[2], max[2], sum[2] / posed));
        return new DatasetStats(dataset.format(), dataset.schema() == null ? null : dataset.schema().id(),
                dataset.size(), dataset.skipped(), dataset.problems(),
                new ClosedEyeCounts(left, right, both, left + right - both), attributes, pose);
    }

    private static void accumulate(int angle, double value, double[] min, double[] max, double[] sum) {
        min[angle] = Math.min(min[angle], value);
        max[angle] = Math.max(max[angle], value);
        sum[angle] += value;
    }
}
