package org.landmarkstudio.core.edit;

import java.util.Objects;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * A change of a sample's landmarks (moved points, points marked labelled or unlabelled), in
 * image pixel coordinates.
 *
 * @param sample      index of the sample in the dataset
 * @param before      the landmarks the edit was made on
 * @param after       the landmarks after the edit (same schema)
 * @param description what the edit does, for the Edit menu
 */
public record LandmarksEdit(int sample, Landmarks before, Landmarks after, String description) implements Edit {

    public LandmarksEdit {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(description, "description");
        if (before.schema() != after.schema()) {
            throw new IllegalArgumentException("a landmarks edit keeps the schema: " + before.schema().id()
                    + " before, " + after.schema().id() + " after");
        }
    }

    /**
     * An edit described by what changed: "Move point 61", "Move 3 points", "Mark point 7
     * unlabelled", "Mark point 7 labelled", or "Edit 4 points" when kinds are mixed.
     */
    public static LandmarksEdit of(int sample, Landmarks before, Landmarks after) {
        int moved = 0;
        int unlabelled = 0;
        int labelled = 0;
        int last = -1;
        for (int i = 0; i < before.size(); i++) {
            boolean was = before.isLabelled(i);
            boolean is = after.isLabelled(i);
            if (was && !is) {
                unlabelled++;
            } else if (!was && is) {
                labelled++;
            } else if (was && (Double.compare(before.x(i), after.x(i)) != 0
                    || Double.compare(before.y(i), after.y(i)) != 0)) {
                moved++;
            } else {
                continue;
            }
            last = i;
        }
        return new LandmarksEdit(sample, before, after, describe(moved, unlabelled, labelled, last));
    }

    private static String describe(int moved, int unlabelled, int labelled, int last) {
        int total = moved + unlabelled + labelled;
        String points = total == 1 ? "point " + last : total + " points";
        if (total == 0) {
            return "Keep points";
        } else if (moved == total) {
            return "Move " + points;
        } else if (unlabelled == total) {
            return "Mark " + points + " unlabelled";
        } else if (labelled == total) {
            return "Mark " + points + " labelled";
        }
        return "Edit " + points;
    }

    @Override
    public FaceSample apply(FaceSample s) {
        EditMismatch.check(this, "landmarks", s.landmarks(), before);
        return s.withLandmarks(after);
    }

    @Override
    public LandmarksEdit inverse() {
        return new LandmarksEdit(sample, after, before, description);
    }
}
