package org.landmarkstudio.core.format.mat;

import java.nio.file.Path;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Provenance;

/**
 * Where one sample's data lives: its .mat, the file and variable its landmarks come from
 * (the .mat itself, or a 300W-LP {@code _pts.mat} sidecar), its image and its provenance.
 *
 * @param mat          the sample's .mat (pose and every other variable)
 * @param landmarkFile the file holding the landmark variable
 * @param variable     the landmark variable
 * @param image        the sample's image
 * @param provenance   the provenance the sample carries
 */
record SampleSource(Path mat, Path landmarkFile, LandmarkVariable variable, ImageRef image, Provenance provenance) {

    /** Whether the landmarks are in the sample's own .mat. */
    boolean landmarksInMat() {
        return landmarkFile.equals(mat);
    }
}
