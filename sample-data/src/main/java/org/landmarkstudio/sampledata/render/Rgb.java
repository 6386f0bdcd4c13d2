package org.landmarkstudio.sampledata.render;

import java.awt.Color;

/**
 * A colour with real-valued channels (0..255, not clamped until converted), for shading and
 * mixing skin, hair and lip colours.
 */
record Rgb(double r, double g, double b) {

    static Rgb of(Color c) {
        return new Rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    Rgb times(double k) {
        return new Rgb(r * k, g * k, b * k);
    }

    Rgb times(double kr, double kg, double kb) {
        return new Rgb(r * kr, g * kg, b * kb);
    }

    /** The colour a fraction {@code t} of the way to {@code o}. */
    Rgb mix(Rgb o, double t) {
        return new Rgb(r + (o.r - r) * t, g + (o.g - g) * t, b + (o.b - b) * t);
    }

    Rgb plus(double d) {
        return new Rgb(r + d, g + d, b + d);
    }

    Color color() {
        return new Color(clamp(r), clamp(g), clamp(b));
    }

    Color color(double alpha) {
        return new Color(clamp(r), clamp(g), clamp(b), clamp(255 * alpha));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
