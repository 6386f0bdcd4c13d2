package org.landmarkstudio.engine.video;

import java.util.Objects;
import org.landmarkstudio.core.crop.BgrImage;

/**
 * One decoded picture of a video or webcam stream, with where it sits in the stream, so results
 * can be reported per frame and lined up with the source.
 *
 * @param index           0 for the first frame delivered, then 1, 2, ...
 * @param timestampMicros the presentation time FFmpeg gives, in microseconds from the stream start
 * @param image           the pixels
 */
public record VideoFrame(int index, long timestampMicros, BgrImage image) {

    /** Checks the index and that there is an image. */
    public VideoFrame {
        if (index < 0) {
            throw new IllegalArgumentException("frame index must be >= 0, got " + index);
        }
        Objects.requireNonNull(image, "image");
    }
}
