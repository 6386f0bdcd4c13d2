package org.landmarkstudio.core.sample;

/** Where a head pose came from, so a relabelled pose can be told from an original one. */
public enum PoseSource {
    /** 300W-LP / AFLW2000-3D {@code Pose_Para} (3DMM fit). */
    POSE_PARA,
    /** Read from a PFPLD list; the producer's order was undone on read. */
    PFPLD_LIST,
    /** Typed or dragged by an annotator. */
    ANNOTATOR,
    /** Estimated from landmarks with solvePnP and PFPLD's 14-point model. */
    SOLVE_PNP,
    /** Predicted by a model. */
    MODEL,
    /** Imported from another tool's file (e.g. COCO keypoints). */
    IMPORTED,
    /** Known exactly because the face was generated. */
    SYNTHETIC
}
