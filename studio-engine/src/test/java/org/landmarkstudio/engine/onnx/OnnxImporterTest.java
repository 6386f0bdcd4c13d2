package org.landmarkstudio.engine.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landmarkstudio.engine.onnx.OnnxModels.floats;
import static org.landmarkstudio.engine.onnx.OnnxModels.model;
import static org.landmarkstudio.engine.onnx.OnnxModels.node;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import onnx.Onnx.TensorProto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.graph.Graph;
import org.landmarkstudio.engine.graph.Node;

class OnnxImporterTest {

    private static final Path PFPLD = Fixtures.reference().resolve("pfpld-random-s7").resolve("pfpld.onnx");

    @TempDir
    Path dir;

    @Test
    void readsThePfpldTopology() throws ModelException {
        Graph graph = OnnxImporter.read(PFPLD);
        Map<String, Integer> ops = new TreeMap<>();
        for (Node n : graph.nodes()) {
            ops.merge(n.op().type(), 1, Integer::sum);
        }
        // Counted from the file's NodeProtos; the 2 Constant nodes (Pad's INT64 pads) fold into parameters.
        assertEquals(Map.of("Add", 9, "AveragePool", 2, "Concat", 2, "Conv", 47, "Flatten", 4, "Gemm", 3,
                "MaxPool", 1, "Pad", 2, "Relu", 34), ops);
        assertEquals(100, graph.initializers().size());
        int[] landms = graph.inferShapes(Map.of("input", new int[] {5, 3, 112, 112})).get("landms");
        assertEquals("[5, 196]", Arrays.toString(landms));
    }

    @Test
    void anUnknownOperatorFailsNamingTheOperatorAndTheNode() throws IOException {
        Path file = write("foo.onnx", model(11, node("FooBar", List.of("x")), new int[] {1, 4}).toByteArray());
        ModelException e = assertThrows(ModelException.class, () -> Backends.byName("java").open(file, BackendOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("node 'the FooBar' uses operator 'FooBar'"), e.getMessage());
    }

    @Test
    void aTruncatedModelFailsNamingTheFile() throws IOException {
        byte[] whole = Files.readAllBytes(PFPLD);
        Path file = write("half.onnx", Arrays.copyOf(whole, whole.length / 3));
        ModelException e = assertThrows(ModelException.class, () -> OnnxImporter.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a complete ONNX model"), e.getMessage());
    }

    @Test
    void aFileThatIsNoModelFailsNamingTheFile() throws IOException {
        Path file = write("notes.onnx", "just some text, not a model\n".getBytes(StandardCharsets.UTF_8));
        ModelException e = assertThrows(ModelException.class, () -> OnnxImporter.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void rawDataOfTheWrongSizeFailsNamingTheInitializer() throws IOException {
        TensorProto shortWeight = TensorProto.newBuilder(floats("y", 4)).setRawData(ByteString.copyFrom(new byte[12])).build();
        Path file = write("short.onnx", model(11, node("Add", List.of("x", "y")), new int[] {1, 4}, shortWeight).toByteArray());
        ModelException e = assertThrows(ModelException.class, () -> OnnxImporter.read(file));
        assertTrue(e.getMessage().contains("constant 'y' holds 12 bytes of raw data, its shape needs 16"), e.getMessage());
    }

    @Test
    void aShapeOfADynamicDimensionCannotBeFoldedAndIsRefusedByName() throws IOException {
        Path file = write("dynamic.onnx", model(11, node("Shape", List.of("x")), new int[] {-1, 4}).toByteArray());
        ModelException e = assertThrows(ModelException.class, () -> OnnxImporter.read(file));
        assertTrue(e.getMessage().contains("'the Shape' uses operator 'Shape'"), e.getMessage());
    }

    @Test
    void shapesThatDoNotFitFailAtLoadNamingTheNode() throws IOException {
        Path file = write("mismatch.onnx", model(11, node("Add", List.of("x", "y")), new int[] {1, 4}, floats("y", 3)).toByteArray());
        ModelException e = assertThrows(ModelException.class, () -> OnnxImporter.read(file));
        assertTrue(e.getMessage().contains("Add node 'the Add'") && e.getMessage().contains("do not broadcast"), e.getMessage());
    }

    @Test
    void aReshapeTargetThatIsNotAConstantIsRefused() throws IOException {
        Path file = write("reshape.onnx", model(11, node("Reshape", List.of("x", "x")), new int[] {2, 2}).toByteArray());
        ModelException e = assertThrows(ModelException.class, () -> OnnxImporter.read(file));
        assertTrue(e.getMessage().contains("must be an INT64 constant"), e.getMessage());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
