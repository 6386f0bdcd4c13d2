package org.landmarkstudio.core.crop;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * The training augmentation of PFPLD's {@code SetPreparation.py}: random rotations, shifts,
 * scales and mirrors of a face, each kept only when every landmark stays inside the crop.
 *
 * <p>One sample, as the script makes it: rotate the image by an angle drawn from -30..29
 * degrees (numpy's {@code randint(-30, 30)} excludes 30) about the
 * {@link SetPreparationCrop} box centre shifted by up to 10 % of the box size on each axis
 * ({@code randint(trunc(-0.1 b), trunc(0.1 b))}), warping into a black canvas 1.1 times the
 * image; draw the side from {@code randint(min(wh), ceil(1.25 max(wh)))}, where {@code wh} is
 * the rotated landmarks' truncated extent plus one; cut the square of that side centred on the
 * shifted centre; reject the draw if any landmark leaves [0, 1]; otherwise mirror it with
 * probability 1/2 ({@code x' = 1 - x}, then the schema's
 * {@link PointSchema#flipPermutation() flip permutation}, so the pupils 96 and 97 trade places)
 * and resize to 112x112. The script keeps drawing until enough samples were accepted.
 *
 * <p>The rotation matrix is held in single precision and the landmarks are rotated in single
 * precision, as the script's {@code float32} arrays do, so a given {@link Draw} reproduces the
 * script's sample exactly. The draws themselves come from the caller's {@link Random}: the
 * same seed gives the same samples, but the stream is not numpy's, so a regenerated training
 * set matches the original in distribution, not sample for sample.
 */
public final class SetPreparationAugmentation {

    /** Attempts allowed per requested sample before giving up on a face no draw fits. */
    private static final int ATTEMPTS_PER_SAMPLE = 1000;

    private final SetPreparationCrop crop;
    private final BilinearResize resize;
    private final Random random;

    /** 112x112 samples drawn from {@code random}. */
    public SetPreparationAugmentation(Random random) {
        this(new SetPreparationCrop(), random);
    }

    /** Samples of {@code crop}'s size, around {@code crop}'s box, drawn from {@code random}. */
    public SetPreparationAugmentation(SetPreparationCrop crop, Random random) {
        this.crop = Objects.requireNonNull(crop, "crop");
        this.resize = new BilinearResize(crop.outputSize(), crop.outputSize());
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * How many crops the script makes of the face on its {@code lineIndex}-th (0-based) line:
     * 30 for the first 1,000 lines, 10 after; the plain {@link SetPreparationCrop} counts as
     * the first, so the augmentation adds one fewer.
     */
    public static int cropsPerFace(int lineIndex) {
        return lineIndex < 1000 ? 30 : 10;
    }

    /** {@code count} accepted samples of {@code sample}'s face. */
    public List<FaceCrop> augment(BufferedImage image, FaceSample sample, int count) {
        return augment(BgrImage.of(image), sample.landmarks(), count);
    }

    /**
     * {@code count} accepted samples of the face these landmarks outline.
     *
     * @throws IllegalStateException when {@value #ATTEMPTS_PER_SAMPLE} draws per sample were
     *                               all rejected (the script would loop forever)
     */
    public List<FaceCrop> augment(BgrImage image, Landmarks landmarks, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("sample count must not be negative, got " + count);
        }
        SetPreparationCrop.Placement box = crop.place(landmarks);
        float[] source = SetPreparationCrop.asFloat32(landmarks);
        BitSet labelled = landmarks.labelledMask();
        int shiftLow = (int) (-box.boxSize() * 0.1);
        int shiftHigh = (int) (box.boxSize() * 0.1);
        List<FaceCrop> samples = new ArrayList<>(count);
        long attempts = 0;
        while (samples.size() < count) {
            if (++attempts > (long) ATTEMPTS_PER_SAMPLE * count) {
                throw new IllegalStateException("no augmentation kept every landmark inside the crop after "
                        + (attempts - 1) + " draws");
            }
            int angle = -30 + random.nextInt(60);
            int cx = box.centerX() + shift(shiftLow, shiftHigh);
            int cy = box.centerY() + shift(shiftLow, shiftHigh);
            float[] matrix = rotation(angle, cx, cy);
            float[] rotated = rotate(source, labelled, matrix);
            int[] extent = extent(rotated, labelled);
            int low = Math.min(extent[0], extent[1]);
            int high = (int) Math.ceil(Math.max(extent[0], extent[1]) * 1.25);
            int size = low + random.nextInt(high - low);
            double[] normalized = normalize(rotated, labelled, cx, cy, size);
            if (normalized != null) {
                Draw draw = new Draw(angle, cx, cy, size, random.nextBoolean());
                samples.add(render(image, landmarks.schema(), labelled, normalized, matrix, draw));
            }
        }
        return samples;
    }

    /**
     * The sample one set of draws makes, or empty when a landmark leaves the crop (the script
     * then draws again).
     */
    public Optional<FaceCrop> apply(BgrImage image, Landmarks landmarks, Draw draw) {
        BitSet labelled = landmarks.labelledMask();
        float[] matrix = rotation(draw.angle(), draw.centerX(), draw.centerY());
        float[] rotated = rotate(SetPreparationCrop.asFloat32(landmarks), labelled, matrix);
        double[] normalized = normalize(rotated, labelled, draw.centerX(), draw.centerY(), draw.size());
        return normalized == null ? Optional.empty()
                : Optional.of(render(image, landmarks.schema(), labelled, normalized, matrix, draw));
    }

    /** numpy's {@code randint(low, high)}; a box under 10 pixels (an empty range) is not shifted. */
    private int shift(int low, int high) {
        return high > low ? low + random.nextInt(high - low) : 0;
    }

    /**
     * The script's {@code rotate()} matrix, {@code cv2.getRotationMatrix2D} in all but name:
     * computed in double precision, stored in single.
     */
    private static float[] rotation(int angle, int cx, int cy) {
        double rad = angle * Math.PI / 180.0;
        double alpha = Math.cos(rad);
        double beta = Math.sin(rad);
        return new float[] {
            (float) alpha, (float) beta, (float) ((1 - alpha) * cx - beta * cy),
            (float) -beta, (float) alpha, (float) (beta * cx + (1 - alpha) * cy)};
    }

    private static float[] rotate(float[] xy, BitSet labelled, float[] m) {
        float[] out = new float[xy.length];
        for (int i = labelled.nextSetBit(0); i >= 0; i = labelled.nextSetBit(i + 1)) {
            float x = xy[2 * i];
            float y = xy[2 * i + 1];
            out[2 * i] = m[0] * x + m[1] * y + m[2];
            out[2 * i + 1] = m[3] * x + m[4] * y + m[5];
        }
        return out;
    }

    /** {@code ptp(landmarks).astype(int32) + 1} per axis, over labelled points. */
    private static int[] extent(float[] xy, BitSet labelled) {
        Float32Bounds b = Float32Bounds.of(xy, labelled);
        return new int[] {(int) (b.maxX() - b.minX()) + 1, (int) (b.maxY() - b.minY()) + 1};
    }

    /** Rotated landmarks relative to the square of side {@code size} around (cx, cy); null if one leaves it. */
    private static double[] normalize(float[] rotated, BitSet labelled, int cx, int cy, int size) {
        int x0 = cx - Math.floorDiv(size, 2);
        int y0 = cy - Math.floorDiv(size, 2);
        double[] out = new double[rotated.length];
        for (int i = labelled.nextSetBit(0); i >= 0; i = labelled.nextSetBit(i + 1)) {
            double u = ((double) rotated[2 * i] - x0) / size;
            double v = ((double) rotated[2 * i + 1] - y0) / size;
            if (u < 0 || u > 1 || v < 0 || v > 1) {
                return null;
            }
            out[2 * i] = u;
            out[2 * i + 1] = v;
        }
        return out;
    }

    private FaceCrop render(BgrImage image, PointSchema schema, BitSet labelled, double[] normalized,
                            float[] m, Draw draw) {
        AffineWarp warp = new AffineWarp(m[0], m[1], m[2], m[3], m[4], m[5],
                (int) (image.width() * 1.1), (int) (image.height() * 1.1));
        int half = Math.floorDiv(draw.size(), 2);
        CropWindow window = new CropWindow(draw.centerX() - half, draw.centerY() - half, draw.size(), draw.size());
        BgrImage pixels = resize.apply(warp.apply(image, window));
        Landmarks landmarks = Landmarks.of(schema, normalized, labelled);
        return draw.mirror() ? new FaceCrop(pixels.mirrored(), mirror(landmarks)) : new FaceCrop(pixels, landmarks);
    }

    /** {@code x' = 1 - x}, then new point i = old point {@code flip[i]} (Mirror98's convention). */
    private static Landmarks mirror(Landmarks crop) {
        int[] flip = crop.schema().flipPermutation();
        double[] xy = crop.toArray();
        BitSet labelled = crop.labelledMask();
        double[] out = new double[xy.length];
        BitSet mirrored = new BitSet(flip.length);
        for (int i = 0; i < flip.length; i++) {
            if (labelled.get(flip[i])) {
                mirrored.set(i);
                out[2 * i] = 1 - xy[2 * flip[i]];
                out[2 * i + 1] = xy[2 * flip[i] + 1];
            }
        }
        return Landmarks.of(crop.schema(), out, mirrored);
    }

    /**
     * One set of random choices of the augmentation, in image pixels.
     *
     * @param angle   rotation in degrees, counter-clockwise on screen (OpenCV's convention)
     * @param centerX rotation and crop centre's column (the box centre plus its shift)
     * @param centerY rotation and crop centre's row
     * @param size    the crop's side before resizing
     * @param mirror  whether the sample is mirrored left to right
     */
    public record Draw(int angle, int centerX, int centerY, int size, boolean mirror) {

        public Draw {
            if (size <= 0) {
                throw new IllegalArgumentException("crop side must be positive, got " + size);
            }
        }
    }
}
