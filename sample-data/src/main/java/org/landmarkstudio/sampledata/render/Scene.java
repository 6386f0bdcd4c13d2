package org.landmarkstudio.sampledata.render;

import java.util.Objects;
import org.landmarkstudio.sampledata.face.FaceShape;
import org.landmarkstudio.sampledata.face.Projection;

/**
 * Everything one picture shows: the face and how it is seen, how it looks, the light, the
 * background, an optional occluder and the camera's degradations.
 *
 * @param shape       the 3-D face
 * @param projection  how it is placed in the image
 * @param landmarks   its 106 landmark image points (interleaved), as labelled
 * @param look        skin, hair, eyes, make-up, clothes
 * @param lighting    the light and exposure
 * @param background  the scene behind
 * @param occluder    what covers part of the face, or {@code null}
 * @param degradation blur, noise and compression
 * @param detailSeed  seed of small random details (hair strands)
 */
public record Scene(FaceShape shape, Projection projection, double[] landmarks, Appearance look, Lighting lighting,
                    Background background, Occluder occluder, ImageDegradation degradation, long detailSeed) {

    public Scene {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(look, "look");
        Objects.requireNonNull(lighting, "lighting");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(degradation, "degradation");
        if (landmarks.length != 2 * FaceShape.POINTS) {
            throw new IllegalArgumentException("a scene needs the 106 landmark image points");
        }
    }
}
