package org.landmarkstudio.app.gui.workspace;

import org.landmarkstudio.core.sample.FaceSample;

/**
 * One face of one open dataset, as the panes pass it around: which dataset and which index in it.
 *
 * @param dataset the open dataset
 * @param index the sample's index in the dataset's list
 */
public record SampleRef(OpenDataset dataset, int index) {

    public SampleRef {
        if (index < 0 || index >= dataset.size()) {
            throw new IllegalArgumentException("sample " + index + " is outside " + dataset.name() + " ("
                    + dataset.size() + " samples)");
        }
    }

    /** The face as it is now, edits included. */
    public FaceSample sample() {
        return dataset.sample(index);
    }
}
