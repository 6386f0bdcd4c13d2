package org.landmarkstudio.engine.detect;

import java.util.List;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.engine.backend.ModelException;

/**
 * Finds faces in photos, so landmark models can be run on images that come without face boxes.
 *
 * <p>A detector holds an opened model, hence {@link AutoCloseable}.
 */
public interface FaceDetector extends AutoCloseable {

    /**
     * The faces in {@code image}, most confident first, boxes in image pixels.
     *
     * @throws ModelException when the model fails to run
     */
    List<FaceDetection> detect(BgrImage image) throws ModelException;

    @Override
    void close();
}
