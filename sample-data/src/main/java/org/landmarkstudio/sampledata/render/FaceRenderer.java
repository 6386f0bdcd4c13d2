package org.landmarkstudio.sampledata.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Renders a {@link Scene} into a square TYPE_3BYTE_BGR image with antialiased Java2D.
 *
 * <p>Back to front: background, hair hanging behind the head, shoulders and neck, the far ear,
 * the head's shaded skin, eyes, brows, nose and lips (each from its landmarks), the face's
 * shading, the hair on the scalp, the near ear, hair in front of the face, the occluder, then
 * the camera's exposure, noise, blur and JPEG compression. Stateless: one renderer may serve many threads.
 */
public final class FaceRenderer {

    private final int size;

    /** A renderer of {@code size}-pixel square images. */
    public FaceRenderer(int size) {
        if (size < 16) {
            throw new IllegalArgumentException("image size too small: " + size);
        }
        this.size = size;
    }

    public int size() {
        return size;
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
        head.paintBody(g);
        boolean ears = hair.earsShow();
        for (int side = -1; side <= 1; side += 2) {
            if (ears && !head.earInFront(side)) {
                head.paintEar(g, side);
            }
        }
        head.paintSkin(g, skin);
        Shape clip = g.getClip();
        g.clip(view.head().path());
        EyePainter eyes = new EyePainter(view, shading, look);
        BrowPainter brows = new BrowPainter(view, look);
        int far = -view.nearSide();
        eyes.paint(g, far);
        brows.paint(g, far);
        new NosePainter(view, shading).paint(g);
        eyes.paint(g, -far);
        brows.paint(g, -far);
        new MouthPainter(view, shading, look).paint(g);
        g.setClip(clip);
        head.paintShadows(g, skin, look.makeUp().blush());
        hair.paintCap(g);
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
