package org.landmarkstudio.engine.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an operator is written back as an ONNX opset-11 node: its op type, its attributes and the
 * constant inputs that the importer folded into it (Pad's pads, Reshape's shape, Clip's bounds).
 *
 * <p>It holds plain Java values, so that the graph package stays free of the protobuf classes; an
 * exporter turns it into a node, appending the constant inputs after the node's own inputs.
 *
 * @param opType the ONNX operator name
 * @param attributes by name: a {@code Long}, {@code Float}, {@code String} or {@code long[]} (INTS)
 * @param constantInputs the folded inputs, in the ONNX input order after the node's own inputs
 */
public record OnnxForm(String opType, Map<String, Object> attributes, List<Constant> constantInputs) {

    public OnnxForm {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        constantInputs = List.copyOf(constantInputs);
    }

    /**
     * A constant input tensor: INT64 values (shapes, pads, slice bounds) or float values (bounds).
     *
     * @param shape its dimensions
     * @param int64 its values when it is an INT64 tensor, else null
     * @param float32 its values when it is a float tensor, else null
     */
    public record Constant(int[] shape, long[] int64, float[] float32) {

        /** A 1-D INT64 tensor of {@code values}. */
        public static Constant int64(long... values) {
            return new Constant(new int[] {values.length}, values.clone(), null);
        }

        /** A float scalar (rank 0). */
        public static Constant scalar(float value) {
            return new Constant(new int[0], null, new float[] {value});
        }

        /** A 1-D float tensor of {@code values}. */
        public static Constant floats(float... values) {
            return new Constant(new int[] {values.length}, null, values.clone());
        }
    }

    /** The form of an operator without attributes or folded inputs. */
    public static OnnxForm of(String opType) {
        return new OnnxForm(opType, Map.of(), List.of());
    }

    /** This form with attribute {@code name} set to {@code value} (see {@link #attributes()}). */
    public OnnxForm with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(attributes);
        more.put(name, value);
        return new OnnxForm(opType, more, constantInputs);
    }

    /** This form with {@code input} appended to the folded inputs. */
    public OnnxForm withInput(Constant input) {
        List<Constant> more = new ArrayList<>(constantInputs);
        more.add(input);
        return new OnnxForm(opType, attributes, more);
    }
}
