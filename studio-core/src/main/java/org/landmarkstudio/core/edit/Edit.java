package org.landmarkstudio.core.edit;

import org.landmarkstudio.core.sample.FaceSample;

/**
 * One undoable change to one sample of an annotation session: the value before and after, so
 * that it can be applied, undone, written to the journal and checked against the state it is
 * applied to.
 *
 * <p>Each edit replaces one part of a {@link FaceSample} (landmarks, pose, attributes or box)
 * as a whole. Carrying the full before value, rather than a delta, is what lets
 * {@link #apply(FaceSample)} refuse an edit that does not fit the sample: a journal replayed
 * onto another file, or a stale edit, fails loudly instead of corrupting labels.
 */
public sealed interface Edit permits LandmarksEdit, PoseEdit, AttributesEdit, BoxEdit {

    /** The index of the edited sample in the dataset's sample list. */
    int sample();

    /** What the edit does, for the Edit menu ("Move point 61", "Set pose"). */
    String description();

    /**
     * The sample with this edit applied.
     *
     * @throws IllegalStateException naming the sample when its current value is not this
     *                               edit's before value
     */
    FaceSample apply(FaceSample s);

    /** The edit that undoes this one: before and after swapped, same sample and description. */
    Edit inverse();
}
