package org.landmarkstudio.engine.profile;

/** The colour channel order a network was trained on. */
public enum ChannelOrder {
    RGB, BGR
}
