package org.landmarkstudio.core.subset;

import java.util.Objects;
import java.util.function.Predicate;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * A named set of samples defined by a rule, such as "closed-eye" or "large-pose": an entry of
 * the studio's left pane and a row group of an evaluation report.
 *
 * @param name        the short name used in queries and reports
 * @param description one line for people
 * @param predicate   whether a sample belongs to the subset
 */
public record Subset(String name, String description, Predicate<FaceSample> predicate) {

    public Subset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(predicate, "predicate");
    }

    /** Whether {@code sample} belongs to this subset. */
    public boolean contains(FaceSample sample) {
        return predicate.test(sample);
    }
}
