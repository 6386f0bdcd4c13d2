package org.landmarkstudio.engine.profile;

/** How a network writes landmark coordinates. */
public enum CoordinateUnit {
    /** Fractions of the input crop, (0, 0) top-left and (1, 1) bottom-right (PFLD, PFPLD). */
    CROP_UNIT,
    /** Pixels of the input crop. */
    CROP_PIXELS
}
