package org.landmarkstudio.core.format.mat;

import us.hebi.matlab.mat.format.Mat5File;

/**
 * A new level-5 MAT file whose header text is fixed rather than stamped with the time of
 * writing, so the same samples always give the same bytes (a generated set reproduces exactly).
 */
final class StudioMatFile extends Mat5File {

    /** The header text after mfl's own "MATLAB 5.0 MAT-file" prefix. */
    static final String DESCRIPTION = ", written by Landmark Studio";

    StudioMatFile() {
        super(DESCRIPTION);
    }
}
