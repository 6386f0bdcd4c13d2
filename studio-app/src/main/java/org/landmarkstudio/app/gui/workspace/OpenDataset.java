package org.landmarkstudio.app.gui.workspace;

import java.nio.file.Path;
import java.util.List;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * A dataset the studio has open: its format, the problems its reader reported, and its samples
 * as they are now.
 */
public final class OpenDataset {

    private final String name;
    private final DatasetFormat format;
    private final Dataset dataset;

    public OpenDataset(String name, DatasetFormat format, Dataset dataset) {
        this.name = name;
        this.format = format;
        this.dataset = dataset;
    }

    /** Short name for the library pane: the format and the file or folder name. */
    public String name() {
        return name;
    }

    public DatasetFormat format() {
        return format;
    }

    public Path source() {
        return dataset.source();
    }

    public int size() {
        return dataset.samples().size();
    }

    /** Sample {@code i} as it is now. */
    public FaceSample sample(int i) {
        return dataset.samples().get(i);
    }

    /** Every sample as it is now. */
    public List<FaceSample> samples() {
        return dataset.samples();
    }

    /** What the reader could not load, with file and line. */
    public List<Problem> problems() {
        return dataset.problems();
    }

    /** How many records the reader skipped. */
    public int skipped() {
        return dataset.skipped();
    }

    @Override
    public String toString() {
        return name;
    }
}
