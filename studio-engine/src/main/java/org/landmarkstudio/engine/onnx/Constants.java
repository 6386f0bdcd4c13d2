package org.landmarkstudio.engine.onnx;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onnx.Onnx.TensorProto;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * The constant values of an ONNX graph (initializers and {@code Constant} nodes): float tensors, which
 * become graph initializers, and INT64 tensors, which parameterize operators at load time.
 */
final class Constants {

    private final Map<String, Tensor> floats = new HashMap<>();
    private final Map<String, long[]> longs = new HashMap<>();

    /**
     * Decodes {@code proto} (raw little-endian data or the typed field) under {@code name}.
     *
     * @throws IllegalArgumentException saying why the tensor cannot be read
     */
    void add(String name, TensorProto proto) {
        if (proto.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new IllegalArgumentException("constant '" + name + "' keeps its data in an external file, which is not supported");
        }
        int[] shape = new int[proto.getDimsCount()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = Math.toIntExact(proto.getDims(i));
        }
        int count = Math.toIntExact(Tensor.elementCount(shape));
        ByteString raw = proto.getRawData();
        switch (proto.getDataType()) {
            case TensorProto.DataType.FLOAT_VALUE -> {
                float[] data = new float[count];
                if (!raw.isEmpty()) {
                    checkBytes(name, raw, 4L * count);
                    raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
                } else {
                    checkCount(name, proto.getFloatDataCount(), count);
                    List<Float> values = proto.getFloatDataList();
                    for (int i = 0; i < count; i++) {
                        data[i] = values.get(i);
                    }
                }
                floats.put(name, Tensor.of(data, shape));
            }
            case TensorProto.DataType.INT64_VALUE -> {
                long[] data = new long[count];
                if (!raw.isEmpty()) {
                    checkBytes(name, raw, 8L * count);
                    ByteBuffer bytes = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                    bytes.asLongBuffer().get(data);
                } else {
                    checkCount(name, proto.getInt64DataCount(), count);
                    for (int i = 0; i < count; i++) {
                        data[i] = proto.getInt64Data(i);
                    }
                }
                longs.put(name, data);
            }
            default -> throw new IllegalArgumentException("constant '" + name + "' has ONNX data type "
                    + proto.getDataType() + "; the java backend reads FLOAT (1) and INT64 (7)");
        }
    }

    private static void checkBytes(String name, ByteString raw, long expected) {
        if (raw.size() != expected) {
            throw new IllegalArgumentException("constant '" + name + "' holds " + raw.size() + " bytes of raw data, its shape needs " + expected);
        }
    }

    private static void checkCount(String name, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("constant '" + name + "' holds " + actual + " values, its shape needs " + expected);
        }
    }

    /** The float constants, which become the graph's initializers. */
    Map<String, Tensor> floats() {
        return floats;
    }

    /** The float constant {@code name}, or null. */
    Tensor floatValue(String name) {
        return floats.get(name);
    }

    /** Records an INT64 value computed at load time (a folded shape computation). */
    void addLongs(String name, long[] values) {
        longs.put(name, values.clone());
    }

    /** The INT64 constant {@code name}, or null. */
    long[] longValue(String name) {
        return longs.get(name);
    }
}
