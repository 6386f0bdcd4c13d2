/**
 * The backend SPI: a {@link org.landmarkstudio.engine.backend.ModelRunner} runs one model on
 * named tensors; a {@link org.landmarkstudio.engine.backend.BackendProvider}, found through
 * {@link java.util.ServiceLoader}, opens models for one backend ({@code float} = ONNX Runtime;
 * the pure-Java, ncnn and NNIE-simulated backends plug in the same way).
 */
package org.landmarkstudio.engine.backend;
