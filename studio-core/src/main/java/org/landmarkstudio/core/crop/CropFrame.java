package org.landmarkstudio.core.crop;

import java.util.BitSet;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * Where an axis-aligned crop sits in its image, as the map between image pixels and
 * crop-normalized coordinates: {@code u = (x - originX) / scaleX}, {@code v = (y - originY) / scaleY}.
 *
 * <p>The inference path needs the inverse (a model predicts normalized crop coordinates and the
 * studio shows them on the image), the training-set builder the forward map; keeping both in
 * one value keeps them consistent. Unlabelled points stay unlabelled either way.
 *
 * @param originX image x of normalized u = 0
 * @param originY image y of normalized v = 0
 * @param scaleX  image pixels per normalized unit along x (the crop's width in image pixels)
 * @param scaleY  image pixels per normalized unit along y
 */
public record CropFrame(double originX, double originY, double scaleX, double scaleY) {

    public CropFrame {
        if (!(scaleX > 0) || !(scaleY > 0)) {
            throw new IllegalArgumentException("crop scale must be positive, got " + scaleX + ", " + scaleY);
        }
    }

    /** Image pixels to crop-normalized coordinates. */
    public Landmarks toCrop(Landmarks image) {
        double[] xy = image.toArray();
        BitSet labelled = image.labelledMask();
        for (int i = labelled.nextSetBit(0); i >= 0; i = labelled.nextSetBit(i + 1)) {
            xy[2 * i] = (xy[2 * i] - originX) / scaleX;
            xy[2 * i + 1] = (xy[2 * i + 1] - originY) / scaleY;
        }
        return Landmarks.of(image.schema(), xy, labelled);
    }

    /** Crop-normalized coordinates back to image pixels. */
    public Landmarks toImage(Landmarks crop) {
        double[] xy = crop.toArray();
        BitSet labelled = crop.labelledMask();
        for (int i = labelled.nextSetBit(0); i >= 0; i = labelled.nextSetBit(i + 1)) {
            xy[2 * i] = xy[2 * i] * scaleX + originX;
            xy[2 * i + 1] = xy[2 * i + 1] * scaleY + originY;
        }
        return Landmarks.of(crop.schema(), xy, labelled);
    }
}
