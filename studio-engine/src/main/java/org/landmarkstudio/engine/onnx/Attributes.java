package org.landmarkstudio.engine.onnx;

import java.util.HashMap;
import java.util.Map;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.NodeProto;

/** The attributes of one ONNX node by name, read with the defaults the ONNX operator specs give. */
final class Attributes {

    private final Map<String, AttributeProto> byName = new HashMap<>();

    Attributes(NodeProto node) {
        for (AttributeProto a : node.getAttributeList()) {
            byName.put(a.getName(), a);
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    long integer(String name, long fallback) {
        AttributeProto a = byName.get(name);
        return a == null ? fallback : a.getI();
    }

    float real(String name, float fallback) {
        AttributeProto a = byName.get(name);
        return a == null ? fallback : a.getF();
    }

    String text(String name, String fallback) {
        AttributeProto a = byName.get(name);
        return a == null ? fallback : a.getS().toStringUtf8();
    }

    /** The INTS attribute {@code name} as ints, or {@code fallback}. */
    int[] integers(String name, int... fallback) {
        AttributeProto a = byName.get(name);
        if (a == null) {
            return fallback;
        }
        int[] out = new int[a.getIntsCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.toIntExact(a.getInts(i));
        }
        return out;
    }

    /**
     * The INTS attribute {@code name} as longs, or null: Slice bounds are often {@code INT64_MAX}
     * ("to the end"), which no int holds.
     */
    long[] longs(String name) {
        AttributeProto a = byName.get(name);
        if (a == null) {
            return null;
        }
        long[] out = new long[a.getIntsCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.getInts(i);
        }
        return out;
    }

    /** The TENSOR attribute {@code name}, if any. */
    AttributeProto attribute(String name) {
        return byName.get(name);
    }
}
