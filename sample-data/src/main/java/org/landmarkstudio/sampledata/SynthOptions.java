package org.landmarkstudio.sampledata;

/**
 * What kind of faces to generate.
 *
 * @param imageSize          width and height of each image in pixels
 * @param closedEyeFraction  the share of faces with at least one closed eye (PFPLD's weak spot)
 * @param occlusionFraction  the share of faces with an occluder (mask, sunglasses, hand, object)
 * @param largePoseFraction  the share of faces turned beyond 30 degrees in yaw, pitch or roll
 */
public record SynthOptions(int imageSize, double closedEyeFraction, double occlusionFraction,
                           double largePoseFraction) {

    /** 256-pixel images, a third with a closed eye, a sixth occluded, a quarter in large pose. */
    public static final SynthOptions DEFAULT = new SynthOptions(256, 0.3, 0.15, 0.25);

    public SynthOptions {
        if (imageSize < 64 || imageSize > 4096) {
            throw new IllegalArgumentException("image size must be 64..4096 pixels, not " + imageSize);
        }
        checkFraction("closed-eye fraction", closedEyeFraction);
        checkFraction("occlusion fraction", occlusionFraction);
        checkFraction("large-pose fraction", largePoseFraction);
    }

    private static void checkFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, not " + value);
        }
    }
}
