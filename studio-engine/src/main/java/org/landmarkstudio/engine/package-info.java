/**
 * Running models: tensors ({@code tensor}), the backend SPI every engine implements
 * ({@code backend}), the ONNX Runtime float backend ({@code ort}), and the pure-Java engine: its
 * graph and operators ({@code graph}), the ONNX reader ({@code onnx}) and the {@code java} backend
 * ({@code java}). The face pipeline and the evaluator build on these.
 */
package org.landmarkstudio.engine;
