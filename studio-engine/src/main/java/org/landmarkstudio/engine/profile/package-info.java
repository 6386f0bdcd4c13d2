/**
 * Model profiles: what a landmark model expects and returns, so real models run without flags.
 *
 * <p>A {@link org.landmarkstudio.engine.profile.ModelProfile} states the input (name, size,
 * channel order, mean and scale) and how outputs decode into landmarks (schema, offset, unit)
 * and pose (angle order, unit). It comes from a JSON sidecar next to the model
 * ({@code model.onnx.profile.json}) or is inferred from the model's outputs
 * ({@link org.landmarkstudio.engine.profile.ModelProfiles}). A
 * {@link org.landmarkstudio.engine.profile.FaceTranslator} applies it: crop image to input
 * tensor, output tensors to a {@link org.landmarkstudio.engine.profile.Prediction} (DJL's
 * translator idea: pre- and post-processing kept apart from the engine).
 */
package org.landmarkstudio.engine.profile;
