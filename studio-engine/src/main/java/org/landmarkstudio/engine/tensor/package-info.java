/**
 * Float32 tensors and their raw {@code .f32} file form (little-endian, no header, the shape
 * given beside it as {@code 1x3x112x112}), the exchange format of {@code studio model run}
 * and of the reference outputs made by PyTorch and ncnn.
 */
package org.landmarkstudio.engine.tensor;
