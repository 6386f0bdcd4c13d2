/**
 * The {@code java} backend: ONNX models run by the pure-Java graph engine
 * ({@link org.landmarkstudio.engine.graph}), with no native code, so that every operator can be
 * inspected, compared with the reference layer by layer, and later simulated in reduced precision.
 */
package org.landmarkstudio.engine.java;
