package org.landmarkstudio.engine.tensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;

/** Reads and writes raw little-endian float32 tensor files ({@code .f32}). */
public final class TensorFiles {

    private TensorFiles() {
    }

    /**
     * Reads {@code file} as a tensor of {@code shape}.
     *
     * @throws DatasetException naming the file when its size is not 4 bytes per value
     */
    public static Tensor read(Path file, int... shape) throws IOException {
        long values = Tensor.elementCount(shape);
        long size = Files.size(file);
        if (size != 4 * values) {
            throw new DatasetException(Problem.ofFile(file, "holds " + size + " bytes, but a float32 tensor of "
                    + Tensor.format(shape) + " needs " + 4 * values + " bytes"));
        }
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] data = new float[(int) values];
        bytes.asFloatBuffer().get(data);
        return Tensor.of(data, shape);
    }

    /** Writes {@code tensor}'s values to {@code file}, little-endian float32, atomically. */
    public static void write(Path file, Tensor tensor) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(4 * tensor.size()).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(tensor.toArray());
        AtomicFileWriter.write(file, out -> out.write(bytes.array()));
    }
}
