package org.landmarkstudio.app.gui;

import java.util.Locale;

/** The views of the studio a snapshot can show. */
public enum StudioView {

    /** The gallery of the chosen dataset. */
    GALLERY,
    /** The annotation canvas on the chosen face. */
    ANNOTATE,
    /** The 68 / 98 / 106-point schemas side by side. */
    MAPPING,
    /** The eyes inspector on the chosen face. */
    EYES,
    /** The head-pose panel and cube on the chosen face. */
    POSE;

    /** The view named {@code name} (case-insensitive). */
    public static StudioView byName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown view '" + name + "'; views: gallery, annotate, mapping, eyes, pose");
        }
    }
}
