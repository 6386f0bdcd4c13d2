package org.landmarkstudio.sampledata.render;

import java.awt.Graphics2D;
import java.util.random.RandomGenerator;

/**
 * Something in front of the face that hides part of it: a surgical mask, sunglasses, a hand or
 * a held object. Every occluder is placed from the face's landmarks so that it really covers
 * some of them, which is what WFLW's occlusion attribute records.
 */
public sealed interface Occluder permits SurgicalMask, Sunglasses, Hand, HeldObject {

    /** Draws the occluder over the face. */
    void paint(Graphics2D g, FaceView view);

    /** Whether the mouth is hidden (so lipstick cannot be seen). */
    boolean hidesMouth();

    /** Whether both eyes are hidden (so eye make-up cannot be seen). */
    boolean hidesEyes();

    /** A random occluder; a hand takes a skin colour close to {@code skin}. */
    static Occluder random(RandomGenerator r, SkinTone skin) {
        return switch (r.nextInt(4)) {
            case 0 -> SurgicalMask.random(r);
            case 1 -> Sunglasses.random(r);
            case 2 -> Hand.random(r, skin);
            default -> HeldObject.random(r);
        };
    }
}
