package org.landmarkstudio.engine.profile;

import java.util.List;

/**
 * What a landmark model expects and returns.
 *
 * <p>Input pixels are converted as {@code (value - mean[c]) * scale[c]} per channel, in the
 * profile's channel order, into an NCHW float tensor of {@code height x width}.
 *
 * @param name      a display name ({@code PFPLD}, {@code PFLD-GhostOne 98})
 * @param input     the input's name
 * @param width     input width in pixels
 * @param height    input height in pixels
 * @param channels  the channel order the network expects
 * @param mean      per-channel mean, in {@code channels} order
 * @param scale     per-channel scale, applied after the mean
 * @param landmarks the landmark output
 * @param pose      the pose output, or {@code null} when the model has none
 */
public record ModelProfile(String name, String input, int width, int height, ChannelOrder channels, float[] mean,
                           float[] scale, LandmarkOutput landmarks, PoseOutput pose) {

    public ModelProfile {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("profile " + name + ": input size must be positive");
        }
        if (mean.length != 3 || scale.length != 3) {
            throw new IllegalArgumentException("profile " + name + ": mean and scale need 3 values each");
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] scale() {
        return scale.clone();
    }

    /**
     * PFPLD's contract (FORMATS.md §2.2): RGB, x/255, 112x112 input {@code input}; landmarks
     * {@code landms} in crop units; pose {@code pose} as yaw, pitch, roll in radians.
     */
    public static ModelProfile pfpld() {
        float unit = 1f / 255f;
        return new ModelProfile("PFPLD", "input", 112, 112, ChannelOrder.RGB, new float[3],
                new float[] {unit, unit, unit}, new LandmarkOutput("landms", "wflw98", 0, CoordinateUnit.CROP_UNIT),
                new PoseOutput("pose", List.of("yaw", "pitch", "roll"), AngleUnit.RADIANS));
    }
}
