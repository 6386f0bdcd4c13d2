package org.landmarkstudio.app.gui.library;

import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.SampleRef;
import org.landmarkstudio.core.subset.Subset;

/**
 * One line of the library: a whole dataset, or one subset of it, with the number of faces it holds.
 *
 * @param dataset the dataset
 * @param subset the subset, or null for every sample
 * @param label what the line says
 * @param count faces in it
 */
public record LibraryEntry(OpenDataset dataset, Subset subset, String label, int count) {

    /** The faces of this entry, in dataset order. */
    public List<SampleRef> samples() {
        List<SampleRef> out = new ArrayList<>();
        for (int i = 0; i < dataset.size(); i++) {
            if (subset == null || subset.contains(dataset.sample(i))) {
                out.add(new SampleRef(dataset, i));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return label + "  (" + count + ")";
    }
}
