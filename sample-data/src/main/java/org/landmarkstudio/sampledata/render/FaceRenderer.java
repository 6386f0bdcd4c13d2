package org.landmarkstudio.sampledata.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Renders a {@link Scene} into a square TYPE_3BYTE_BGR image with antialiased Java2D.
 *
 * <p>Back to front: background, hair hanging behind the head, the far ear, shoulders and neck,
 * the head's shaded skin, the hair on the scalp, eyes, brows, nose and lips (each from its
 * landmarks), the shadows of the face's hollows, the near ear, hair in front of the face, the
 * occluder, then the camera's exposure, noise, blur and JPEG compression. A face seen from below
 * gets its shoulders and neck after the hair and its jaw once more over them, so that the neck
 * hides the hair at the nape. Stateless: one renderer may serve many threads.
 */
public final class FaceRenderer {

    /** Pitch above which the camera sees the nape's hair past the jaw unless the neck hides it. */
    private static final double LOOKING_UP = 12;

    private final int size;

    /** A renderer of {@code size}-pixel square images. */
    public FaceRenderer(int size) {
        if (size < 16) {
            throw new IllegalArgumentException("image size too small: " + size);
        }
        this.size = size;
    }

    /** Draws the scene. */
    public BufferedImage render(Scene scene) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        scene.background().paint(g, size);

        FaceView view = new FaceView(scene.shape(), scene.projection(), scene.landmarks(), scene.lighting());
        Appearance look = scene.look();
        SkinShading shading = new SkinShading(view, look.skin());
        HairPainter hair = new HairPainter(view, look.hair(), new SplittableRandom(scene.detailSeed()));
        HeadPainter head = new HeadPainter(view, shading, look);
        Shape skin = view.skin();

        hair.paintBack(g);
        boolean fromBelow = scene.projection().rotation().pitch() > LOOKING_UP;
        if (!fromBelow) {
            head.paintBody(g);
        }
        boolean ears = hair.earsShow();
        for (int side = -1; side <= 1; side += 2) {
            if (ears && !head.earInFront(side)) {
                head.paintEar(g, side);
            }
        }
        head.paintSkin(g, skin);
        hair.paintCap(g);
        if (fromBelow) {
            head.paintBody(g);
            head.paintSkin(g, view.jaw());
        }
        Shape clip = g.getClip();
        Shape bounds = view.head().path();
        int far = -view.nearSide();
        EyePainter eyes = new EyePainter(view, shading, look);
        BrowPainter brows = new BrowPainter(view, look);
        g.clip(view.sideFacing(far) < -0.35 ? skin : bounds);
        eyes.paint(g, far);
        brows.paint(g, far);
        g.setClip(clip);
        g.clip(bounds);
        new NosePainter(view, shading).paint(g);
        eyes.paint(g, -far);
        brows.paint(g, -far);
        new MouthPainter(view, shading, look).paint(g);
        head.paintShadows(g, look.makeUp().blush());
        g.setClip(clip);
        for (int side = -1; side <= 1; side += 2) {
            if (ears && head.earInFront(side)) {
                head.paintEar(g, side);
            }
        }
        hair.paintFront(g);
        if (scene.occluder() != null) {
            scene.occluder().paint(g, view);
        }
        g.dispose();
        return scene.degradation().apply(image, scene.lighting().gain());
    }
}
