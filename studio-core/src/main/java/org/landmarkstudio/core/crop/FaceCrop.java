package org.landmarkstudio.core.crop;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * One face cut out for the network: the crop image and the face's landmarks in
 * crop-normalized coordinates.
 *
 * <p>Normalized means (0, 0) is the crop's top-left corner and (1, 1) its bottom-right, the
 * convention of PFPLD's {@code list.txt} and of the network's output; multiply by
 * {@link #size()} for crop pixels. Points unlabelled in the source stay unlabelled.
 *
 * @param pixels    the crop image, square (112x112 for PFPLD)
 * @param landmarks the landmarks, crop-normalized
 */
public record FaceCrop(BgrImage pixels, Landmarks landmarks) {

    public FaceCrop {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(landmarks, "landmarks");
    }

    /** The crop as a new {@link BufferedImage#TYPE_3BYTE_BGR} image. */
    public BufferedImage image() {
        return pixels.toBufferedImage();
    }

    /** The landmarks in crop pixels (normalized times {@link #size()}). */
    public Landmarks landmarksInPixels() {
        double[] xy = landmarks.toArray();
        for (int i = 0; i < xy.length; i++) {
            xy[i] *= size();
        }
        return Landmarks.of(landmarks.schema(), xy, landmarks.labelledMask());
    }

    /** The crop's side in pixels. */
    public int size() {
        return pixels.width();
    }
}
