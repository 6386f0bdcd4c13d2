package org.landmarkstudio.engine.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onnx.Onnx.NodeProto;
import org.landmarkstudio.engine.graph.Node;

/**
 * Folds the integer shape arithmetic that exporters leave in graphs ({@code Shape -> Gather ->
 * Unsqueeze -> Concat -> Reshape}, as in the unsimplified UltraFace exports) into constants at load
 * time, when the shapes it reads are static.
 *
 * <p>The graph engine runs float tensors only, so these nodes cannot run; but with a model whose
 * input shape is fixed, every shape inside it is known at load time, and the integer nodes compute
 * a constant, which is what {@code onnx-simplifier} does offline. Shapes are followed node by node
 * as the importer translates them; a {@code Shape} of a value whose shape depends on a dynamic
 * input dimension is left alone, and the translator then refuses it by name as before. Integer
 * values are kept as flat vectors: every folded value here ends in a shape vector.
 */
final class ShapeFolding {

    private final Constants constants;
    private final Map<String, int[]> shapes = new HashMap<>();

    ShapeFolding(Constants constants) {
        this.constants = constants;
    }

    /** Notes a value's static shape (a graph input with no dynamic dimension, an initializer). */
    void known(String name, int[] shape) {
        for (int d : shape) {
            if (d <= 0) {
                return;
            }
        }
        shapes.put(name, shape.clone());
    }

    /**
     * Notes the output shape of a translated node, when all its inputs' shapes are known.
     *
     * @throws IllegalArgumentException naming the node when its inputs do not fit its operator
     */
    void follow(Node node) {
        List<int[]> in = new ArrayList<>();
        for (String name : node.inputs()) {
            int[] shape = shapes.get(name);
            if (shape == null) {
                return;
            }
            in.add(shape);
        }
        try {
            known(node.output(), node.op().outputShape(in));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(node + ": " + e.getMessage() + " (input shapes "
                    + in.stream().map(Arrays::toString).toList() + ")", e);
        }
    }

    /** Folds {@code node} into a constant if it is integer shape arithmetic on known values; false otherwise. */
    boolean fold(NodeProto node) {
        if (node.getOutputCount() != 1 || node.getInputCount() == 0) {
            return false;
        }
        long[] value = switch (node.getOpType()) {
            case "Shape" -> shapeOf(node.getInput(0));
            case "Gather" -> gather(node);
            case "Unsqueeze", "Squeeze", "Cast" -> constants.longValue(node.getInput(0));
            case "Concat" -> concat(node);
            default -> null;
        };
        if (value == null) {
            return false;
        }
        constants.addLongs(node.getOutput(0), value);
        return true;
    }

    private long[] shapeOf(String name) {
        int[] shape = shapes.get(name);
        if (shape == null) {
            return null;
        }
        long[] out = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i];
        }
        return out;
    }

    private long[] gather(NodeProto node) {
        long[] data = constants.longValue(node.getInput(0));
        long[] indices = node.getInputCount() == 2 ? constants.longValue(node.getInput(1)) : null;
        if (data == null || indices == null || new Attributes(node).integer("axis", 0) != 0) {
            return null;
        }
        long[] out = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            long at = indices[i] < 0 ? indices[i] + data.length : indices[i];
            if (at < 0 || at >= data.length) {
                throw new IllegalArgumentException("Gather node '" + node.getName() + "' index " + indices[i]
                        + " is outside a shape of " + data.length + " dimensions");
            }
            out[i] = data[(int) at];
        }
        return out;
    }

    private long[] concat(NodeProto node) {
        List<long[]> parts = new ArrayList<>();
        int length = 0;
        for (String name : node.getInputList()) {
            long[] part = constants.longValue(name);
            if (part == null) {
                return null;
            }
            parts.add(part);
            length += part.length;
        }
        long[] out = new long[length];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
