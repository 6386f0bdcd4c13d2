package org.landmarkstudio.engine.video;

import java.util.List;

/**
 * What {@link FaceTracker} found on one frame: the faces it follows and whether the detector ran,
 * which is what tracking saves and what a caller wants to count.
 *
 * @param faces        the faces, oldest track first
 * @param detectorRan  whether the detector ran on this frame
 * @param detectMs     how long the detector took on this frame, 0 when it did not run
 */
public record TrackedFrame(List<TrackedFace> faces, boolean detectorRan, double detectMs) {

    /** Copies the list. */
    public TrackedFrame {
        faces = List.copyOf(faces);
    }
}
