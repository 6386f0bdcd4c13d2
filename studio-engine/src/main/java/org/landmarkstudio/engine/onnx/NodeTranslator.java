package org.landmarkstudio.engine.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.NodeProto;
import org.landmarkstudio.engine.graph.Add;
import org.landmarkstudio.engine.graph.AveragePool;
import org.landmarkstudio.engine.graph.AxisEdit;
import org.landmarkstudio.engine.graph.BatchNormalization;
import org.landmarkstudio.engine.graph.Clip;
import org.landmarkstudio.engine.graph.Concat;
import org.landmarkstudio.engine.graph.Conv;
import org.landmarkstudio.engine.graph.Div;
import org.landmarkstudio.engine.graph.Exp;
import org.landmarkstudio.engine.graph.Flatten;
import org.landmarkstudio.engine.graph.Gemm;
import org.landmarkstudio.engine.graph.GlobalAveragePool;
import org.landmarkstudio.engine.graph.Identity;
import org.landmarkstudio.engine.graph.LeakyRelu;
import org.landmarkstudio.engine.graph.MaxPool;
import org.landmarkstudio.engine.graph.Mul;
import org.landmarkstudio.engine.graph.NearestResize;
import org.landmarkstudio.engine.graph.Node;
import org.landmarkstudio.engine.graph.Op;
import org.landmarkstudio.engine.graph.PRelu;
import org.landmarkstudio.engine.graph.Pad;
import org.landmarkstudio.engine.graph.Relu;
import org.landmarkstudio.engine.graph.Reshape;
import org.landmarkstudio.engine.graph.Sigmoid;
import org.landmarkstudio.engine.graph.Slice;
import org.landmarkstudio.engine.graph.Softmax;
import org.landmarkstudio.engine.graph.Sub;
import org.landmarkstudio.engine.graph.Transpose;
import org.landmarkstudio.engine.graph.Window;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Turns one ONNX node into a graph-engine node: picks the operator class, reads its attributes and
 * resolves its constant integer inputs.
 */
final class NodeTranslator {

    /** The ONNX operators the java backend runs ({@code Constant} is folded into the constants). */
    static final Set<String> SUPPORTED = new TreeSet<>(List.of("Add", "AveragePool", "BatchNormalization", "Clip",
            "Concat", "Constant", "Conv", "Div", "Dropout", "Flatten", "Gemm", "GlobalAveragePool", "Identity",
            "LeakyRelu", "MaxPool", "Mul", "PRelu", "Pad", "Relu", "Reshape", "Sigmoid", "Softmax", "Sub", "Transpose",
            "Exp", "Slice", "Squeeze", "Unsqueeze", "Resize", "Upsample"));

    private final Constants constants;
    private final long opset;

    /** @param opset the model's version of the default ONNX operator set (Pad changed at 11) */
    NodeTranslator(Constants constants, long opset) {
        this.constants = constants;
        this.opset = opset;
    }

    /**
     * The engine node for {@code proto}.
     *
     * @param label how messages name the node: its name, or its position when it has none
     * @throws IllegalArgumentException naming the node and what the engine cannot run
     */
    Node translate(NodeProto proto, String label) {
        String type = proto.getOpType();
        boolean standardDomain = proto.getDomain().isEmpty() || proto.getDomain().equals("ai.onnx");
        if (!standardDomain || !SUPPORTED.contains(type)) {
            throw new IllegalArgumentException("node '" + label + "' uses operator '"
                    + (standardDomain ? "" : proto.getDomain() + ":") + type
                    + "', which the java backend does not support (it runs " + String.join(", ", SUPPORTED) + ")");
        }
        if (proto.getOutputCount() != 1) {
            throw new IllegalArgumentException(type + " node '" + label + "' has " + proto.getOutputCount()
                    + " outputs; the java backend runs the inference form with one output");
        }
        Attributes attributes = new Attributes(proto);
        List<String> inputs = new ArrayList<>();
        for (String in : proto.getInputList()) {
            if (!in.isEmpty()) {
                inputs.add(in);
            }
        }
        try {
            Op op = switch (type) {
                case "Add" -> new Add();
                case "Sub" -> new Sub();
                case "Mul" -> new Mul();
                case "Div" -> new Div();
                case "PRelu" -> new PRelu();
                case "Relu" -> new Relu();
                case "Sigmoid" -> new Sigmoid();
                case "LeakyRelu" -> new LeakyRelu(attributes.real("alpha", 0.01f));
                case "Clip" -> clip(attributes, proto, inputs);
                case "Identity" -> new Identity(type);
                case "Dropout" -> dropout(inputs);
                case "Softmax" -> new Softmax(Math.toIntExact(attributes.integer("axis", opset < 13 ? 1 : -1)), opset < 13);
                case "Transpose" -> new Transpose(attributes.integers("perm"));
                case "GlobalAveragePool" -> new GlobalAveragePool();
                case "Exp" -> new Exp();
                case "Slice" -> slice(attributes, proto, inputs);
                case "Unsqueeze", "Squeeze" -> axisEdit(type.equals("Unsqueeze"), attributes, proto, inputs);
                case "Resize", "Upsample" -> resize(attributes, proto, inputs);
                case "Conv" -> conv(attributes);
                case "MaxPool" -> maxPool(attributes);
                case "AveragePool" -> new AveragePool(window(attributes, false), attributes.integer("count_include_pad", 0) != 0);
                case "Flatten" -> new Flatten(Math.toIntExact(attributes.integer("axis", 1)));
                case "Concat" -> new Concat(Math.toIntExact(required(attributes, "axis")));
                case "Gemm" -> new Gemm(attributes.real("alpha", 1f), attributes.real("beta", 1f),
                        attributes.integer("transA", 0) != 0, attributes.integer("transB", 0) != 0);
                case "BatchNormalization" -> new BatchNormalization(attributes.real("epsilon", 1e-5f));
                case "Reshape" -> reshape(attributes, inputs);
                case "Pad" -> pad(attributes, inputs);
                default -> throw new IllegalStateException("no translation for listed operator " + type);
            };
            return new Node(label, inputs, proto.getOutput(0), op);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type + " node '" + label + "': " + e.getMessage(), e);
        }
    }

    private static long required(Attributes attributes, String name) {
        if (!attributes.has(name)) {
            throw new IllegalArgumentException("attribute '" + name + "' is missing");
        }
        return attributes.integer(name, 0);
    }

    private static void noAutoPad(Attributes attributes) {
        String autoPad = attributes.text("auto_pad", "NOTSET");
        if (!autoPad.equals("NOTSET") && !autoPad.equals("VALID")) {
            throw new IllegalArgumentException("auto_pad " + autoPad + " is not supported; give explicit pads");
        }
    }

    private static Conv conv(Attributes attributes) {
        noAutoPad(attributes);
        return new Conv(Math.toIntExact(attributes.integer("group", 1)), attributes.integers("strides", 1, 1),
                attributes.integers("pads", 0, 0, 0, 0), attributes.integers("dilations", 1, 1));
    }

    private static MaxPool maxPool(Attributes attributes) {
        if (!Arrays.equals(attributes.integers("dilations", 1, 1), new int[] {1, 1})
                || attributes.integer("storage_order", 0) != 0) {
            throw new IllegalArgumentException("only undilated, row-major max pooling is supported");
        }
        return new MaxPool(window(attributes, true));
    }

    private static Window window(Attributes attributes, boolean max) {
        noAutoPad(attributes);
        int[] kernel = attributes.integers("kernel_shape");
        int[] strides = attributes.integers("strides", 1, 1);
        int[] pads = attributes.integers("pads", 0, 0, 0, 0);
        if (kernel.length != 2 || strides.length != 2 || pads.length != 4) {
            throw new IllegalArgumentException((max ? "max" : "average")
                    + " pooling needs a 2-D kernel_shape, 2 strides and 4 pads, got " + Arrays.toString(kernel));
        }
        return new Window(kernel[0], kernel[1], strides[0], strides[1], pads[0], pads[1], pads[2], pads[3], 1, 1,
                attributes.integer("ceil_mode", 0) != 0);
    }

    /** The INT64 constant at input position {@code i}, or null when the node leaves it out. */
    private long[] longInput(NodeProto proto, int i, String what) {
        if (i >= proto.getInputCount() || proto.getInput(i).isEmpty()) {
            return null;
        }
        long[] value = constants.longValue(proto.getInput(i));
        if (value == null) {
            throw new IllegalArgumentException("the " + what + " '" + proto.getInput(i) + "' must be an INT64 constant");
        }
        return value;
    }

    private static long[] longs(int[] values) {
        return Arrays.stream(values).asLongStream().toArray();
    }

    private static long[] range(int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Bounds are attributes before opset 10 and constant inputs from it on. */
    private Slice slice(Attributes attributes, NodeProto proto, List<String> inputs) {
        long[] starts;
        long[] ends;
        long[] axes;
        long[] steps = null;
        if (opset < 10) {
            starts = attributes.longs("starts");
            ends = attributes.longs("ends");
            axes = attributes.longs("axes");
            if (starts == null || ends == null) {
                throw new IllegalArgumentException("starts and ends are required");
            }
        } else {
            starts = longInput(proto, 1, "starts");
            ends = longInput(proto, 2, "ends");
            axes = longInput(proto, 3, "axes");
            steps = longInput(proto, 4, "steps");
            if (starts == null || ends == null) {
                throw new IllegalArgumentException("starts and ends are required");
            }
        }
        if (steps == null) {
            steps = new long[starts.length];
            Arrays.fill(steps, 1);
        }
        inputs.subList(1, inputs.size()).clear();
        return new Slice(starts, ends, axes == null ? range(starts.length) : axes, steps);
    }

    /** Axes are an attribute before opset 13 and a constant input from it on. */
    private AxisEdit axisEdit(boolean insert, Attributes attributes, NodeProto proto, List<String> inputs) {
        long[] axes = opset < 13 ? longs(attributes.integers("axes")) : longInput(proto, 1, "axes");
        if (axes == null) {
            axes = new long[0];
        }
        if (insert && axes.length == 0) {
            throw new IllegalArgumentException("Unsqueeze needs axes");
        }
        inputs.subList(1, inputs.size()).clear();
        return new AxisEdit(insert, axes);
    }

    /**
     * Nearest resizing. Scales are an attribute of Upsample-7, the second input of Upsample-9 and
     * Resize-10, the third (or sizes the fourth) of Resize from 11; before 11 coordinates map
     * asymmetrically and round down when enlarging, as ONNX Runtime does.
     */
    private NearestResize resize(Attributes attributes, NodeProto proto, List<String> inputs) {
        String mode = attributes.text("mode", "nearest");
        if (!mode.equals("nearest")) {
            throw new IllegalArgumentException("mode '" + mode + "' is not supported, only 'nearest'");
        }
        float[] scales = null;
        long[] sizes = null;
        if (proto.getOpType().equals("Upsample") && opset < 9) {
            AttributeProto attribute = attributes.attribute("scales");
            if (attribute == null) {
                throw new IllegalArgumentException("attribute 'scales' is missing");
            }
            scales = new float[attribute.getFloatsCount()];
            for (int i = 0; i < scales.length; i++) {
                scales[i] = attribute.getFloats(i);
            }
        } else {
            int at = opset < 11 ? 1 : 2;
            if (at < proto.getInputCount() && !proto.getInput(at).isEmpty()) {
                Tensor given = constants.floatValue(proto.getInput(at));
                if (given == null) {
                    throw new IllegalArgumentException("the scales '" + proto.getInput(at) + "' must be a float constant");
                }
                scales = given.size() == 0 ? null : given.toArray();
            }
            if (scales == null) {
                sizes = longInput(proto, 3, "sizes");
            }
        }
        if (scales == null && sizes == null) {
            throw new IllegalArgumentException("neither scales nor sizes are given");
        }
        NearestResize.Transform transform = NearestResize.Transform.ASYMMETRIC;
        NearestResize.Rounding rounding = NearestResize.Rounding.FLOOR;
        if (opset >= 11) {
            transform = NearestResize.Transform.valueOf(
                    attributes.text("coordinate_transformation_mode", "half_pixel").toUpperCase(Locale.ROOT));
            rounding = NearestResize.Rounding.valueOf(
                    attributes.text("nearest_mode", "round_prefer_floor").toUpperCase(Locale.ROOT));
        } else if (scales != null) {
            for (float scale : scales) {
                if (scale < 1) {
                    rounding = NearestResize.Rounding.CEIL;
                }
            }
        }
        inputs.subList(1, inputs.size()).clear();
        return new NearestResize(scales, sizes, transform, rounding);
    }

    /** Dropout at inference passes its data through; its ratio and training-mode inputs do not matter. */
    private static Identity dropout(List<String> inputs) {
        inputs.subList(1, inputs.size()).clear();
        return new Identity("Dropout");
    }

    /** Bounds are attributes before opset 11 and optional constant inputs (by position) from it on. */
    private Clip clip(Attributes attributes, NodeProto proto, List<String> inputs) {
        if (opset < 11) {
            return new Clip(attributes.real("min", Float.NEGATIVE_INFINITY), attributes.real("max", Float.POSITIVE_INFINITY));
        }
        float[] bounds = {Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY};
        for (int i = 1; i < proto.getInputCount() && i < 3; i++) {
            String name = proto.getInput(i);
            if (name.isEmpty()) {
                continue;
            }
            Tensor bound = constants.floatValue(name);
            if (bound == null || bound.size() != 1) {
                throw new IllegalArgumentException("the bound '" + name + "' must be a float scalar constant");
            }
            bounds[i - 1] = bound.get(0);
        }
        inputs.subList(1, inputs.size()).clear();
        return new Clip(bounds[0], bounds[1]);
    }

    private Reshape reshape(Attributes attributes, List<String> inputs) {
        if (attributes.integer("allowzero", 0) != 0) {
            throw new IllegalArgumentException("allowzero=1 is not supported");
        }
        if (inputs.size() != 2) {
            throw new IllegalArgumentException("expected data and shape inputs");
        }
        long[] target = constants.longValue(inputs.get(1));
        if (target == null) {
            throw new IllegalArgumentException("the target shape '" + inputs.get(1) + "' must be an INT64 constant");
        }
        inputs.remove(1);
        return new Reshape(target);
    }

    private Pad pad(Attributes attributes, List<String> inputs) {
        String mode = attributes.text("mode", "constant");
        if (!mode.equals("constant")) {
            throw new IllegalArgumentException("mode '" + mode + "' is not supported, only 'constant'");
        }
        if (opset < 11) {
            return new Pad(attributes.integers("pads"), attributes.real("value", 0f));
        }
        if (inputs.size() < 2 || inputs.size() > 3) {
            throw new IllegalArgumentException("expected data, pads and an optional constant value");
        }
        long[] pads = constants.longValue(inputs.get(1));
        if (pads == null) {
            throw new IllegalArgumentException("the pads '" + inputs.get(1) + "' must be an INT64 constant");
        }
        float value = 0f;
        if (inputs.size() == 3) {
            Tensor fill = constants.floatValue(inputs.get(2));
            if (fill == null || fill.size() != 1) {
                throw new IllegalArgumentException("the constant value '" + inputs.get(2) + "' must be a float constant");
            }
            value = fill.get(0);
        }
        int[] ints = new int[pads.length];
        for (int i = 0; i < pads.length; i++) {
            ints[i] = Math.toIntExact(pads[i]);
        }
        inputs.subList(1, inputs.size()).clear();
        return new Pad(ints, value);
    }
}
