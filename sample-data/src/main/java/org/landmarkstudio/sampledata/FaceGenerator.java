package org.landmarkstudio.sampledata;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.sampledata.face.Expression;
import org.landmarkstudio.sampledata.face.EyeOpenness;
import org.landmarkstudio.sampledata.face.FaceShape;
import org.landmarkstudio.sampledata.face.Gaze;
import org.landmarkstudio.sampledata.face.HeadRotation;
import org.landmarkstudio.sampledata.face.IdentityParameters;
import org.landmarkstudio.sampledata.face.Point3;
import org.landmarkstudio.sampledata.face.Projection;
import org.landmarkstudio.sampledata.render.Appearance;
import org.landmarkstudio.sampledata.render.Background;
import org.landmarkstudio.sampledata.render.FaceRenderer;
import org.landmarkstudio.sampledata.render.ImageDegradation;
import org.landmarkstudio.sampledata.render.Lighting;
import org.landmarkstudio.sampledata.render.Occluder;
import org.landmarkstudio.sampledata.render.Scene;

/**
 * Makes synthetic faces with exact labels: each (seed, index) gives one face, the same on every
 * call, in any order and on any thread.
 *
 * <p>A face's random choices come from its own stream, seeded by a SplitMix64 mix of the seed
 * and the index. The choices are: identity, expression, eye openness and gaze, head pose,
 * skin, hair, make-up, light, background, occluder and camera degradations, in the proportions
 * of {@link SynthOptions} (closed eyes, occlusion, large pose) and WFLW-like rates for the other
 * attributes. The 106 landmarks are the projection of the 3-D face (jaw contour on the
 * silhouette, 300W-LP style); the pose is the rendering rotation, in AFLW2000's sign convention
 * ({@link HeadRotation}); WFLW's six flags say what was drawn. Each eye's openness is kept clear of the eye-aperture threshold as measured on the
 * projected landmarks, so {@link EyeAperture#DEFAULT} finds the labelled state.
 */
public final class FaceGenerator {

    /** Share of faces with an exaggerated expression. */
    static final double EXPRESSION_FRACTION = 0.14;
    /** Share of faces wearing make-up. */
    static final double MAKEUP_FRACTION = 0.15;
    /** Share of faces in extreme light. */
    static final double ILLUMINATION_FRACTION = 0.1;
    /** Share of blurred faces. */
    static final double BLUR_FRACTION = 0.1;

    /** The head turns about a point between the ears, a little below the eyes. */
    private static final Point3 PIVOT = new Point3(0, -12, -35);
    /** The camera aims at the middle of the face, so perspective is centred on it. */
    private static final Point3 TARGET = new Point3(0, -20, 60);
    private static final double CLOSED_EAR = 0.045;
    private static final double OPEN_EAR = 0.165;

    private final SynthOptions options;
    private final FaceRenderer renderer;

    /** A generator of faces as {@code options} describe them. */
    public FaceGenerator(SynthOptions options) {
        this.options = options;
        this.renderer = new FaceRenderer(options.imageSize());
    }

    /** The face number {@code index} of the set made with {@code seed}. */
    public SyntheticFace generate(long seed, int index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        int size = options.imageSize();
        IdentityParameters identity = IdentityParameters.random(r);
        Expression expression = Expression.random(r, r.nextDouble() < EXPRESSION_FRACTION);
        EyeState[] wanted = eyePlan(r);
        EyeOpenness openness = new EyeOpenness(openness(r, wanted[0], expression), openness(r, wanted[1], expression));
        Gaze gaze = Gaze.random(r);
        double[] angles = r.nextDouble() < options.largePoseFraction() ? largePose(r) : ordinaryPose(r);
        Appearance look = Appearance.random(r, r.nextDouble() < MAKEUP_FRACTION);
        Lighting lighting = Lighting.random(r, r.nextDouble() < ILLUMINATION_FRACTION);
        Background background = Background.random(r);
        Occluder occluder = r.nextDouble() < options.occlusionFraction() ? Occluder.random(r, look.skin()) : null;
        ImageDegradation degradation = ImageDegradation.random(r, r.nextDouble() < BLUR_FRACTION,
                lighting.exposure() == Lighting.Exposure.UNDER);
        double fill = r.nextDouble(0.4, 0.6);
        double jitterX = r.nextDouble(-1, 1);
        double jitterY = r.nextDouble(-1, 1);
        double cameraDistance = r.nextDouble(1200, 2500);
        long detailSeed = r.nextLong();

        FaceShape shape = new FaceShape(identity, expression, openness, gaze);
        HeadRotation rotation = HeadRotation.of(angles[0], angles[1], angles[2]);
        Projection camera = Projection.aimedAt(rotation, PIVOT, TARGET, cameraDistance, 1, 0, 0);
        Projection projection = place(shape, camera, size, fill, jitterX, jitterY);
        double[] xy = shape.landmarks(projection);
        for (int pass = 0; pass < 3; pass++) {
            EyeOpenness adjusted = keepClearOfThreshold(shape.openness(), xy, wanted);
            if (adjusted.equals(shape.openness())) {
                break;
            }
            shape = shape.withOpenness(adjusted);
            xy = shape.landmarks(projection);
        }
        Landmarks landmarks = Landmarks.of(PointSchema.LAPA_106, xy);
        EyeState left = EyeAperture.DEFAULT.classify(EyeAperture.leftRatio(landmarks));
        EyeState right = EyeAperture.DEFAULT.classify(EyeAperture.rightRatio(landmarks));

        BufferedImage image = renderer.render(new Scene(shape, projection, xy, look, lighting, background, occluder,
                degradation, detailSeed));
        FaceAttributes attributes = attributes(rotation, expression, lighting, look, occluder, degradation);
        return new SyntheticFace(image, landmarks, rotation.toHeadPose(), attributes, box(shape, projection, xy, size),
                left, right, shape.openness().left(), shape.openness().right());
    }

    /** A well-mixed 64-bit seed for face {@code index} of the set {@code seed}. */
    static long mix(long seed, int index) {
        return splitMix(seed ^ splitMix(0x9E3779B97F4A7C15L * (index + 1L)));
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The wanted state of the image-left and image-right eye. */
    private EyeState[] eyePlan(SplittableRandom r) {
        EyeState[] plan = {EyeState.OPEN, EyeState.OPEN};
        if (r.nextDouble() < options.closedEyeFraction()) {
            double kind = r.nextDouble();
            if (kind < 0.72) {
                plan[0] = EyeState.CLOSED;
                plan[1] = EyeState.CLOSED;
            } else {
                plan[kind < 0.86 ? 0 : 1] = EyeState.CLOSED;
            }
        }
        return plan;
    }

    private static double openness(SplittableRandom r, EyeState state, Expression expression) {
        if (state == EyeState.CLOSED) {
            return r.nextDouble(0, 0.1);
        }
        if (expression.browRaise() > 0.7) {
            return r.nextDouble(0.9, 1);
        }
        return r.nextDouble(0.6, 1) * (1 - 0.15 * expression.smile());
    }

    /**
     * Moves each eye's openness so that its aspect ratio on the projected landmarks is well on
     * its side of the closed-eye threshold: at most {@link #CLOSED_EAR} when closed, at least
     * {@link #OPEN_EAR} (or wide open) when open. The ratio grows linearly with openness.
     */
    private static EyeOpenness keepClearOfThreshold(EyeOpenness current, double[] xy, EyeState[] wanted) {
        Landmarks landmarks = Landmarks.of(PointSchema.LAPA_106, xy);
        double[] ratio = {EyeAperture.leftRatio(landmarks), EyeAperture.rightRatio(landmarks)};
        EyeOpenness out = current;
        for (int k = 0; k < 2; k++) {
            int side = k == 0 ? -1 : 1;
            double o = current.of(side);
            double ear = ratio[k];
            if (wanted[k] == EyeState.CLOSED && ear > CLOSED_EAR) {
                out = out.with(side, o * 0.9 * CLOSED_EAR / ear);
            } else if (wanted[k] == EyeState.OPEN && ear < OPEN_EAR && o < 1) {
                out = out.with(side, ear <= 0 ? 1 : Math.min(1, o * 1.08 * OPEN_EAR / ear));
            }
        }
        return out;
    }

    private static double[] ordinaryPose(SplittableRandom r) {
        return new double[] {clamp(13 * r.nextGaussian(), 28), clamp(9 * r.nextGaussian(), 26),
            clamp(7 * r.nextGaussian(), 26)};
    }

    private static double[] largePose(SplittableRandom r) {
        double kind = r.nextDouble();
        double sign = r.nextBoolean() ? 1 : -1;
        if (kind < 0.6) {
            return new double[] {sign * r.nextDouble(32, 90), clamp(12 * r.nextGaussian(), 40),
                clamp(8 * r.nextGaussian(), 28)};
        }
        if (kind < 0.8) {
            return new double[] {clamp(15 * r.nextGaussian(), 45), sign * r.nextDouble(32, 60),
                clamp(8 * r.nextGaussian(), 28)};
        }
        return new double[] {clamp(15 * r.nextGaussian(), 45), clamp(10 * r.nextGaussian(), 28),
            sign * r.nextDouble(32, 45)};
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    /**
     * Scales and moves the face so that its box (landmarks and hairline) spans {@code fill} of
     * the image, displaced by up to the free margin times the jitter.
     */
    private static Projection place(FaceShape shape, Projection unit, int size, double fill, double jitterX,
                                    double jitterY) {
        double[] xy = new double[2 * FaceShape.POINTS];
        for (int i = 0; i < FaceShape.POINTS; i++) {
            unit.project(shape.point(i), xy, i);
        }
        double[] b = bounds(shape, unit, xy);
        double w = b[2] - b[0];
        double h = b[3] - b[1];
        double scale = fill * size / Math.max(w, h);
        double freeX = Math.max(0, size - scale * w) / 2 * 0.7;
        double freeY = Math.max(0, size - scale * h) / 2 * 0.7;
        double cx = size / 2.0 + jitterX * freeX - scale * (b[0] + b[2]) / 2;
        double cy = size / 2.0 + jitterY * freeY - scale * (b[1] + b[3]) / 2;
        return unit.placed(scale, cx, cy);
    }

    private static double[] bounds(FaceShape shape, Projection projection, double[] xy) {
        double x1 = Double.POSITIVE_INFINITY;
        double y1 = Double.POSITIVE_INFINITY;
        double x2 = Double.NEGATIVE_INFINITY;
        double y2 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < FaceShape.POINTS; i++) {
            x1 = Math.min(x1, xy[2 * i]);
            x2 = Math.max(x2, xy[2 * i]);
            y1 = Math.min(y1, xy[2 * i + 1]);
            y2 = Math.max(y2, xy[2 * i + 1]);
        }
        Point2D.Double top = projection.project(shape.hairlineCentre());
        return new double[] {Math.min(x1, top.x), Math.min(y1, top.y), Math.max(x2, top.x), Math.max(y2, top.y)};
    }

    private static Box box(FaceShape shape, Projection projection, double[] xy, int size) {
        double[] b = bounds(shape, projection, xy);
        return new Box(Math.max(0, b[0]), Math.max(0, b[1]), Math.min(size - 1, b[2]), Math.min(size - 1, b[3]));
    }

    private static FaceAttributes attributes(HeadRotation rotation, Expression expression, Lighting lighting,
                                             Appearance look, Occluder occluder, ImageDegradation degradation) {
        EnumSet<WflwAttribute> flags = EnumSet.noneOf(WflwAttribute.class);
        if (rotation.toHeadPose().maxAbsAngle() > 30) {
            flags.add(WflwAttribute.POSE);
        }
        if (expression.isExaggerated()) {
            flags.add(WflwAttribute.EXPRESSION);
        }
        if (lighting.isExtreme()) {
            flags.add(WflwAttribute.ILLUMINATION);
        }
        boolean lipsShow = occluder == null || !occluder.hidesMouth();
        boolean eyesShow = occluder == null || !occluder.hidesEyes();
        if (look.makeUp().onLips() && lipsShow || look.makeUp().onEyes() && eyesShow) {
            flags.add(WflwAttribute.MAKEUP);
        }
        if (occluder != null) {
            flags.add(WflwAttribute.OCCLUSION);
        }
        if (degradation.isBlurred()) {
            flags.add(WflwAttribute.BLUR);
        }
        return new FaceAttributes(flags, null, null);
    }
}
