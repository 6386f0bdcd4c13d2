package org.landmarkstudio.core.subset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * The built-in subsets with their thresholds, looked up by name and counted over a list of
 * samples.
 *
 * <p>The built-ins, in pane order: {@code closed-eye} (either eye closed), {@code closed-left},
 * {@code closed-right}, {@code closed-both}, one per WFLW flag ({@code pose},
 * {@code expression}, {@code illumination}, {@code makeup}, {@code occlusion}, {@code blur}),
 * {@code large-pose} and {@code has-pose}. Besides these, {@code source:NAME} selects the
 * samples read from dataset NAME or any of its parts ({@code source:300w-lp} holds
 * {@code 300w-lp/IBUG}). Eye states come from {@link EyeAperture}, which prefers an explicit
 * label to the measured aperture; an eye whose state is unknown is not closed.
 */
public final class SubsetCatalog {

    /** Absolute angle, in degrees, above which a pose is large. */
    public static final double DEFAULT_LARGE_POSE_DEGREES = 30;
    /** The closed-eye threshold 0.1 and large poses above 30 degrees. */
    public static final SubsetCatalog DEFAULT = new SubsetCatalog(EyeAperture.DEFAULT, DEFAULT_LARGE_POSE_DEGREES);

    /** Prefix of the dataset subsets. */
    static final String SOURCE_PREFIX = "source:";

    private final EyeAperture eyes;
    private final double largePoseDegrees;
    private final List<Subset> builtIns;

    /**
     * @param eyes             the closed-eye rule
     * @param largePoseDegrees a pose is large when |yaw|, |pitch| or |roll| is above this
     */
    public SubsetCatalog(EyeAperture eyes, double largePoseDegrees) {
        if (!(largePoseDegrees >= 0) || Double.isInfinite(largePoseDegrees)) {
            throw new IllegalArgumentException("the large-pose threshold must be finite and not negative, got "
                    + largePoseDegrees);
        }
        this.eyes = Objects.requireNonNull(eyes, "eyes");
        this.largePoseDegrees = largePoseDegrees;
        this.builtIns = List.copyOf(createBuiltIns());
    }

    /** The built-in subsets in pane order. */
    public List<Subset> builtIns() {
        return builtIns;
    }

    /**
     * The subset with this name: a built-in (case-insensitive) or {@code source:NAME}.
     *
     * @throws IllegalArgumentException naming the known subsets when none matches
     */
    public Subset byName(String name) {
        Subset subset = find(name);
        if (subset == null) {
            throw new IllegalArgumentException("unknown subset '" + name + "'; " + knownNames());
        }
        return subset;
    }

    /** The samples read from dataset {@code dataset} or one of its parts ({@code dataset/...}). */
    public static Subset source(String dataset) {
        if (dataset.isEmpty()) {
            throw new IllegalArgumentException("a source subset needs a dataset name");
        }
        String prefix = dataset + "/";
        return new Subset(SOURCE_PREFIX + dataset, "read from dataset " + dataset,
                s -> s.provenance().dataset() != null
                        && (s.provenance().dataset().equals(dataset) || s.provenance().dataset().startsWith(prefix)));
    }

    /**
     * Counts every built-in subset over {@code samples}, then one {@code source:} subset per
     * dataset name found in their provenance and per parent of such a name, in order of
     * first appearance.
     */
    public List<SubsetCount> count(List<FaceSample> samples) {
        List<Subset> subsets = new ArrayList<>(builtIns);
        for (String dataset : datasetNames(samples)) {
            subsets.add(source(dataset));
        }
        int[] counts = new int[subsets.size()];
        for (FaceSample sample : samples) {
            for (int i = 0; i < counts.length; i++) {
                if (subsets.get(i).contains(sample)) {
                    counts[i]++;
                }
            }
        }
        List<SubsetCount> out = new ArrayList<>(subsets.size());
        for (int i = 0; i < counts.length; i++) {
            out.add(new SubsetCount(subsets.get(i).name(), subsets.get(i).description(), counts[i]));
        }
        return List.copyOf(out);
    }

    /** The subset with this name, or {@code null}. */
    Subset find(String name) {
        if (name.regionMatches(true, 0, SOURCE_PREFIX, 0, SOURCE_PREFIX.length())) {
            String dataset = name.substring(SOURCE_PREFIX.length());
            return dataset.isEmpty() ? null : source(dataset);
        }
        String key = name.toLowerCase(Locale.ROOT);
        for (Subset s : builtIns) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** "known subsets: closed-eye, ..., source:NAME", for error messages. */
    String knownNames() {
        StringBuilder out = new StringBuilder("known subsets: ");
        for (Subset s : builtIns) {
            out.append(s.name()).append(", ");
        }
        return out.append(SOURCE_PREFIX).append("NAME").toString();
    }

    private List<Subset> createBuiltIns() {
        List<Subset> list = new ArrayList<>();
        Predicate<FaceSample> left = s -> eyes.leftState(s) == EyeState.CLOSED;
        Predicate<FaceSample> right = s -> eyes.rightState(s) == EyeState.CLOSED;
        list.add(new Subset("closed-eye", "at least one eye closed", left.or(right)));
        list.add(new Subset("closed-left", "the image-left eye closed", left));
        list.add(new Subset("closed-right", "the image-right eye closed", right));
        list.add(new Subset("closed-both", "both eyes closed", left.and(right)));
        for (WflwAttribute flag : WflwAttribute.values()) {
            list.add(new Subset(flag.key(), "WFLW " + flag.key() + " flag set", s -> s.attributes().has(flag)));
        }
        double limit = largePoseDegrees;
        list.add(new Subset("large-pose", "|yaw|, |pitch| or |roll| above "
                + BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString() + " degrees",
                s -> s.pose() != null && s.pose().maxAbsAngle() > limit));
        list.add(new Subset("has-pose", "a head pose is labelled", s -> s.pose() != null));
        return list;
    }

    private static Set<String> datasetNames(List<FaceSample> samples) {
        Set<String> names = new LinkedHashSet<>();
        String last = null;
        for (FaceSample sample : samples) {
            String dataset = sample.provenance().dataset();
            if (dataset == null || dataset.isEmpty() || dataset.equals(last)) {
                continue;
            }
            last = dataset;
            for (int slash = dataset.indexOf('/'); slash > 0; slash = dataset.indexOf('/', slash + 1)) {
                names.add(dataset.substring(0, slash));
            }
            names.add(dataset);
        }
        return names;
    }
}
