package org.landmarkstudio.engine.profile;

/** The unit of a network's pose output. */
public enum AngleUnit {
    RADIANS, DEGREES
}
