package org.landmarkstudio.core.crop;

import java.awt.image.BufferedImage;
import java.util.BitSet;
import java.util.Objects;
import java.util.Random;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * The loose, non-square crop PFPLD's {@code create_300W_LP.py} and {@code create_AFLW2000.py}
 * make: the landmarks' bounding box widened on every side by a random fraction of its size,
 * clipped to the image, and stretched to 112x112.
 *
 * <p>The scripts' arithmetic, kept because it decides the stored labels: {@code x_min =
 * trunc(min x)}, {@code x_max = trunc(max x)}, {@code w = x_max - x_min}; with {@code ad}
 * drawn uniformly from [lo, hi), {@code x_min = max(trunc(x_min - ad w), 0)} and
 * {@code x_max = min(trunc(x_max + ad w), width - 1)}; the same for y with the same
 * {@code ad}. The crop is {@code [x_min, x_max) x [y_min, y_max)} (the last column and row are
 * excluded, as a Python slice excludes them) and is resized without keeping its aspect ratio.
 * A landmark becomes {@code trunc((x - x_min) * (112 / w_crop)) / 112}: the scripts drew the
 * point on the 112 grid first, so stored labels sit on whole crop pixels.
 */
public final class LooseCrop {

    private final double minExpand;
    private final double maxExpand;
    private final Random random;
    private final BilinearResize resize;

    /**
     * A 112x112 crop expanded by a fraction drawn from [minExpand, maxExpand) with
     * {@code random} ({@code random.uniform} in the scripts; the stream is not Python's).
     */
    public LooseCrop(double minExpand, double maxExpand, Random random) {
        this(minExpand, maxExpand, random, SetPreparationCrop.DEFAULT_SIZE);
    }

    /** The same with an output side other than 112. */
    public LooseCrop(double minExpand, double maxExpand, Random random, int outputSize) {
        if (!(minExpand >= 0) || !(maxExpand >= minExpand)) {
            throw new IllegalArgumentException("expansion range must satisfy 0 <= min <= max, got ["
                    + minExpand + ", " + maxExpand + ")");
        }
        this.minExpand = minExpand;
        this.maxExpand = maxExpand;
        this.random = Objects.requireNonNull(random, "random");
        this.resize = new BilinearResize(outputSize, outputSize);
    }

    /** {@code create_300W_LP.py}'s crop: 5 % to 20 % per side. */
    public static LooseCrop for300wLp(Random random) {
        return new LooseCrop(0.05, 0.2, random);
    }

    /** {@code create_AFLW2000.py}'s crop: 12 % to 30 % per side. */
    public static LooseCrop forAflw2000(Random random) {
        return new LooseCrop(0.12, 0.3, random);
    }

    /**
     * The bounds {@code create_AFLW2000.py} crops by: its 21 AFLW points ({@code pt2d}, where
     * missing points are negative) filtered as the script does, keeping points with x &gt; 0
     * unless more points have x &gt; 0 than y &gt; 0, in which case those with y &gt; 0.
     *
     * @throws IllegalArgumentException when the arrays differ in length or no point survives
     */
    public static Box aflw2000Bounds(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("pt2d needs as many x as y values, got " + xs.length + " and " + ys.length);
        }
        int positiveX = 0;
        int positiveY = 0;
        for (int i = 0; i < xs.length; i++) {
            positiveX += xs[i] > 0 ? 1 : 0;
            positiveY += ys[i] > 0 ? 1 : 0;
        }
        boolean byY = positiveX > positiveY;
        double x1 = Double.POSITIVE_INFINITY;
        double y1 = Double.POSITIVE_INFINITY;
        double x2 = Double.NEGATIVE_INFINITY;
        double y2 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if ((byY ? ys[i] : xs[i]) > 0) {
                x1 = Math.min(x1, xs[i]);
                y1 = Math.min(y1, ys[i]);
                x2 = Math.max(x2, xs[i]);
                y2 = Math.max(y2, ys[i]);
            }
        }
        if (x1 > x2) {
            throw new IllegalArgumentException("no pt2d point with a positive coordinate");
        }
        return new Box(x1, y1, x2, y2);
    }

    /** One expansion fraction, uniform in [min, max). */
    public double drawExpansion() {
        return minExpand + (maxExpand - minExpand) * random.nextDouble();
    }

    /**
     * The crop box for points with these bounds in an image of this size.
     *
     * @param bounds the defining points' extent, {@code (min x, min y, max x, max y)}
     * @param expand the fraction {@code ad} of the extent added on each side
     * @throws IllegalArgumentException when the clipped box is empty
     */
    public Placement place(Box bounds, int imageWidth, int imageHeight, double expand) {
        int x1 = (int) bounds.x1();
        int x2 = (int) bounds.x2();
        int y1 = (int) bounds.y1();
        int y2 = (int) bounds.y2();
        int w = x2 - x1;
        int h = y2 - y1;
        Placement placement = new Placement(
                Math.max((int) (x1 - expand * w), 0),
                Math.max((int) (y1 - expand * h), 0),
                Math.min((int) (x2 + expand * w), imageWidth - 1),
                Math.min((int) (y2 + expand * h), imageHeight - 1),
                resize.width());
        if (placement.xMax() <= placement.xMin() || placement.yMax() <= placement.yMin()) {
            throw new IllegalArgumentException("loose crop of " + bounds + " in a " + imageWidth + "x"
                    + imageHeight + " image is empty: " + placement);
        }
        return placement;
    }

    /** The crop of {@code sample}'s face, boxed by its labelled landmarks, with a fresh expansion. */
    public FaceCrop crop(BufferedImage image, FaceSample sample) {
        Box bounds = sample.landmarks().bounds();
        if (bounds == null) {
            throw new IllegalArgumentException("no labelled landmark to place the crop on");
        }
        BgrImage pixels = BgrImage.of(image);
        return crop(pixels, sample.landmarks(), place(bounds, pixels.width(), pixels.height(), drawExpansion()));
    }

    /** The crop at {@code placement}, with {@code landmarks} moved onto its grid. */
    public FaceCrop crop(BgrImage image, Landmarks landmarks, Placement placement) {
        return new FaceCrop(resize.apply(placement.window().cut(image)), placement.toCrop(landmarks));
    }

    /**
     * A loose crop box: columns {@code [xMin, xMax)}, rows {@code [yMin, yMax)}.
     *
     * @param xMin       first column
     * @param yMin       first row
     * @param xMax       column after the last
     * @param yMax       row after the last
     * @param outputSize the side the crop is resized to
     */
    public record Placement(int xMin, int yMin, int xMax, int yMax, int outputSize) {

        /** The pixels to cut (always inside the image). */
        public CropWindow window() {
            return new CropWindow(xMin, yMin, xMax - xMin, yMax - yMin);
        }

        /** The exact (unquantized) map between image pixels and crop-normalized coordinates. */
        public CropFrame frame() {
            return new CropFrame(xMin, yMin, xMax - xMin, yMax - yMin);
        }

        /** Image landmarks to the scripts' quantized crop-normalized values. */
        public Landmarks toCrop(Landmarks image) {
            double wFactor = outputSize / (double) (xMax - xMin);
            double hFactor = outputSize / (double) (yMax - yMin);
            double[] xy = image.toArray();
            BitSet labelled = image.labelledMask();
            for (int i = labelled.nextSetBit(0); i >= 0; i = labelled.nextSetBit(i + 1)) {
                xy[2 * i] = (int) ((xy[2 * i] - xMin) * wFactor) / (double) outputSize;
                xy[2 * i + 1] = (int) ((xy[2 * i + 1] - yMin) * hFactor) / (double) outputSize;
            }
            return Landmarks.of(image.schema(), xy, labelled);
        }
    }
}
