package org.landmarkstudio.core.schema;

/** The facial region a group of points belongs to; drives colours and subset logic. */
public enum Region {
    CONTOUR, BROW, NOSE, EYE, LIPS, PUPIL
}
