/**
 * The pure-Java graph engine: a {@link org.landmarkstudio.engine.graph.Graph} of named values and
 * nodes in topological order, each node running one {@link org.landmarkstudio.engine.graph.Op}.
 *
 * <p>One small class per operator, as ncnn has one class per layer, so that an operator can be read,
 * tested and later quantized on its own. The package knows nothing of file formats: importers
 * (such as {@code onnx.OnnxImporter}) turn a file into a {@code Graph}, resolving constant integer
 * inputs (pads, target shapes) into the operators' own parameters so that only float tensors flow
 * through the graph. For the way back, each operator describes itself as an
 * {@link org.landmarkstudio.engine.graph.OnnxForm} (op type, attributes, folded constants) in plain Java
 * values, which an exporter turns into a file.
 */
package org.landmarkstudio.engine.graph;
