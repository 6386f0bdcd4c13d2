package org.landmarkstudio.engine.detect;

import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Turns an SSD model's raw box offsets into corner boxes, relative to the priors they were
 * trained against.
 *
 * <p>Each row holds (dx, dy, dw, dh): the centre moves by {@code d * centreVariance * priorSize}
 * and the size becomes {@code priorSize * exp(d * sizeVariance)}. The variances are a training
 * choice baked into the weights, so they must equal the ones the model was trained with (0.1 and
 * 0.2 for UltraFace). The result stays in the priors' normalized coordinates.
 *
 * @param centreVariance scale of the centre offsets
 * @param sizeVariance scale of the log-size offsets
 */
public record SsdBoxDecoder(double centreVariance, double sizeVariance) {

    /** The variances UltraFace (and most SSD models) are trained with: 0.1 and 0.2. */
    public static final SsdBoxDecoder ULTRAFACE = new SsdBoxDecoder(0.1, 0.2);

    /** Checks that both variances are positive. */
    public SsdBoxDecoder {
        if (!(centreVariance > 0) || !(sizeVariance > 0)) {
            throw new IllegalArgumentException("variances must be positive, got "
                    + centreVariance + " and " + sizeVariance);
        }
    }

    /**
     * Decodes every row of {@code offsets}.
     *
     * @param offsets raw offsets shaped {@code [1, priors, 4]} (or {@code [priors, 4]})
     * @return one corner box per prior, in prior order, normalized coordinates
     * @throws IllegalArgumentException when the offsets do not hold four numbers per prior
     */
    public List<Box> decode(Tensor offsets, UltraFacePriors priors) {
        if (offsets.size() != priors.count() * 4) {
            throw new IllegalArgumentException("expected " + priors.count() + "x4 box offsets, got shape "
                    + Tensor.format(offsets.shape()));
        }
        float[] d = offsets.toArray();
        List<Box> boxes = new ArrayList<>(priors.count());
        for (int i = 0; i < priors.count(); i++) {
            double pw = priors.width(i);
            double ph = priors.height(i);
            double cx = priors.centreX(i) + d[4 * i] * centreVariance * pw;
            double cy = priors.centreY(i) + d[4 * i + 1] * centreVariance * ph;
            double w = pw * Math.exp(d[4 * i + 2] * sizeVariance);
            double h = ph * Math.exp(d[4 * i + 3] * sizeVariance);
            boxes.add(new Box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2));
        }
        return boxes;
    }
}
