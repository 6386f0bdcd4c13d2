package org.landmarkstudio.engine.video;

import org.landmarkstudio.engine.pipeline.FaceResult;

/**
 * One face on one frame, with the number that identifies it across frames, so an overlay or a
 * journal can tell the same person apart from a new one.
 *
 * @param id       the track's number, unique within one {@link FaceTracker}, in order of appearance
 * @param detected whether this frame's crop came from a detector box (a new face) rather than
 *                 from the previous frame's landmarks
 * @param result   box, landmarks in frame pixels, pose and stage times; the box is the
 *                 detector's for a new face, else the bounding box of the new landmarks
 */
public record TrackedFace(int id, boolean detected, FaceResult result) {
}
