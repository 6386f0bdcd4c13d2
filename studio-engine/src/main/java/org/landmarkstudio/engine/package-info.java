/**
 * Running models: tensors ({@code tensor}), the backend SPI every engine implements
 * ({@code backend}) and the ONNX Runtime float backend ({@code ort}). The pure-Java graph engine,
 * the face pipeline and the evaluator build on these.
 */
package org.landmarkstudio.engine;
