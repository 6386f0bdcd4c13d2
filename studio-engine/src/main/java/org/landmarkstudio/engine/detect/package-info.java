/**
 * Face detection over the engine: finds face boxes in a photo with an SSD-style detector run
 * through any backend.
 *
 * <p>{@link org.landmarkstudio.engine.detect.UltraFaceDetector} runs the UltraFace models
 * (Linzaer's Ultra-Light-Fast-Generic-Face-Detector, 320x240 input): it builds the input tensor,
 * decodes the raw SSD offsets against {@link org.landmarkstudio.engine.detect.UltraFacePriors}
 * with {@link org.landmarkstudio.engine.detect.SsdBoxDecoder}, keeps confident boxes, and thins
 * overlapping ones with {@link org.landmarkstudio.engine.detect.NonMaximumSuppression}. Decoding
 * lives outside the model because the simplified exports (the ones the java backend loads) stop
 * at the raw offsets; the decoder is checked against the authors' export that decodes inside the
 * graph.
 */
package org.landmarkstudio.engine.detect;
