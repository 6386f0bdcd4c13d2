/**
 * Reading ONNX models into the graph engine and writing them back: {@link org.landmarkstudio.engine.onnx.OnnxImporter}
 * parses a {@code ModelProto} (classes generated from the vendored {@code onnx.proto}) and builds a
 * {@link org.landmarkstudio.engine.graph.Graph}; {@link org.landmarkstudio.engine.onnx.OnnxExporter}
 * writes a graph as an IR 7, opset 11 model, turning the folded constants into initializers again.
 *
 * <p>Integer constants (the pads of {@code Pad}, the target of {@code Reshape}) are resolved at load
 * time into the operators' parameters, and float {@code Constant} nodes become initializers, so that
 * only float tensors flow at run time. Anything the engine cannot run fails at load, naming the file,
 * the node and the operator, rather than midway through an inference.
 */
package org.landmarkstudio.engine.onnx;
