package org.landmarkstudio.core.format.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ProblemSink;

/**
 * Reads a UTF-8 annotation file into numbered lines with their exact text.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it is dropped, so files written on Windows
 * read the same. Each line is decoded on its own, so one line that is not UTF-8 text becomes a
 * problem at that line instead of failing the whole file. A UTF-8 byte order mark at the start
 * is ignored (and not written back).
 */
public final class TextLineFile {

    /** How many bytes {@link #firstNonBlank} reads at most: far more than one annotation line. */
    static final int SNIFF_LIMIT = 1 << 16;

    private TextLineFile() {
    }

    /**
     * All lines of {@code file}, blank ones included; a line that is not UTF-8 text is reported
     * to {@code sink} as a skipped sample and left out.
     */
    public static List<TextLine> read(Path file, ProblemSink sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<TextLine> lines = new ArrayList<>();
        int number = 0;
        int start = startAfterBom(bytes);
        while (start < bytes.length) {
            int end = indexOfNewline(bytes, start, bytes.length);
            number++;
            int next = end < 0 ? bytes.length : end + 1;
            int stop = end < 0 ? bytes.length : end;
            try {
                lines.add(new TextLine(number, decode(bytes, start, stop)));
            } catch (CharacterCodingException e) {
                sink.skip(Problem.atLine(file, number, "not UTF-8 text"));
            }
            start = next;
        }
        return lines;
    }

    /**
     * The first line that holds a token, read from at most the first {@value #SNIFF_LIMIT}
     * bytes; empty when there is none there or the bytes are not UTF-8 text. For sniffing.
     */
    public static Optional<TextLine> firstNonBlank(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_LIMIT);
        }
        int start = startAfterBom(head);
        int number = 0;
        while (start < head.length) {
            int end = indexOfNewline(head, start, head.length);
            if (end < 0 && head.length == SNIFF_LIMIT) {
                return Optional.empty();
            }
            number++;
            int stop = end < 0 ? head.length : end;
            try {
                TextLine line = new TextLine(number, decode(head, start, stop));
                if (!line.isBlank()) {
                    return Optional.of(line);
                }
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
            start = stop + 1;
        }
        return Optional.empty();
    }

    private static int startAfterBom(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        return bom ? 3 : 0;
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String decode(byte[] bytes, int start, int stop) throws CharacterCodingException {
        int end = stop > start && bytes[stop - 1] == '\r' ? stop - 1 : stop;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    }
}
