/**
 * The {@code float} backend: ONNX Runtime on the CPU, the studio's reference for every other
 * backend. Sessions never spin-wait (two shared cores; see STACK.md) and use the thread count
 * the caller asks for.
 */
package org.landmarkstudio.engine.ort;
