package org.landmarkstudio.core.format.mat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;

/**
 * The variables of one MAT level-5 file, loaded so that any unreadable file becomes a message
 * saying what is wrong, rather than mfl's bare {@code EOFException}.
 *
 * <p>The 128-byte header is checked first (empty file, not a MAT file, v7.3/HDF5, foreign
 * version); a file whose header is right but whose data elements cannot be parsed is reported
 * as truncated or corrupt.
 */
final class MatContents implements AutoCloseable {

    private static final int HEADER_SIZE = 128;
    private static final String LEVEL5_TEXT = "MATLAB 5.0 MAT-file";
    private static final int LEVEL5_VERSION = 0x0100;
    private static final int HDF5_VERSION = 0x0200;

    private final Path file;
    private final Mat5File mat;

    private MatContents(Path file, Mat5File mat) {
        this.file = file;
        this.mat = mat;
    }

    /** Loads {@code file}, or explains why it cannot be read as a MAT level-5 file. */
    static MatContents load(Path file) throws UnreadableMatException {
        long size;
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            header = in.readNBytes(HEADER_SIZE);
        } catch (IOException e) {
            throw new UnreadableMatException("cannot be opened (" + e + ")");
        }
        checkHeader(header, size);
        try {
            return new MatContents(file, Mat5.readFromFile(file.toFile()));
        } catch (IOException | RuntimeException e) {
            // mfl signals bad data with EOFException, IllegalStateException and others alike
            throw new UnreadableMatException("truncated or corrupt: the header is valid but the data elements of its "
                    + size + " bytes cannot be read (" + e + "); expected complete MAT level-5 data elements");
        }
    }

    private static void checkHeader(byte[] header, long size) throws UnreadableMatException {
        if (size == 0) {
            throw new UnreadableMatException("empty file (0 bytes); expected a MAT level-5 file starting with a "
                    + HEADER_SIZE + "-byte '" + LEVEL5_TEXT + "' header");
        }
        String text = new String(header, 0, Math.min(header.length, 116), StandardCharsets.ISO_8859_1);
        if (!text.startsWith("MATLAB")) {
            throw new UnreadableMatException("not a MAT level-5 file: it starts with \"" + printable(text)
                    + "\"; expected the header text '" + LEVEL5_TEXT + "'");
        }
        if (header.length < HEADER_SIZE) {
            throw new UnreadableMatException("truncated: only " + size + " bytes; a MAT level-5 file starts with a "
                    + HEADER_SIZE + "-byte header");
        }
        char first = (char) header[126];
        char second = (char) header[127];
        int version;
        if (first == 'I' && second == 'M') {
            version = (header[124] & 0xff) | (header[125] & 0xff) << 8;
        } else if (first == 'M' && second == 'I') {
            version = (header[124] & 0xff) << 8 | (header[125] & 0xff);
        } else {
            throw new UnreadableMatException("not a MAT level-5 file: bytes 126-127 are not the endian mark 'IM' or 'MI'");
        }
        if (version == HDF5_VERSION) {
            throw new UnreadableMatException("a MAT v7.3 (HDF5) file; only level 5 (v6/v7) is supported, "
                    + "as for scipy.io.loadmat: re-save it with save(..., '-v7')");
        }
        if (version != LEVEL5_VERSION) {
            throw new UnreadableMatException("unknown MAT version 0x" + Integer.toHexString(version)
                    + "; expected 0x0100 (level 5)");
        }
    }

    private static String printable(String text) {
        String head = text.length() > 24 ? text.substring(0, 24) : text;
        return head.chars().map(c -> c >= 32 && c < 127 ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** A short description of an array for problem messages, e.g. {@code 2x21 double}. */
    static String describe(Array array) {
        return Arrays.stream(array.getDimensions()).mapToObj(Integer::toString).collect(Collectors.joining("x"))
                + " " + array.getType();
    }

    /** The file this was loaded from. */
    Path file() {
        return file;
    }

    /** The variable called {@code name}, if the file has one. */
    Optional<Array> variable(String name) {
        for (MatFile.Entry entry : mat.getEntries()) {
            if (entry.getName().equals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** All variables in file order. */
    Iterable<MatFile.Entry> entries() {
        return mat.getEntries();
    }

    /** Releases the arrays' buffers (mfl keeps large ones off-heap). */
    @Override
    public void close() {
        try {
            mat.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
