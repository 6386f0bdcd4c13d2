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
import java.util.Arrays;
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

    /** Receives the lines of a file one at a time. */
    @FunctionalInterface
    public interface LineVisitor {
        void visit(TextLine line) throws IOException;
    }

    /**
     * Passes every line of {@code file} to {@code visitor} in order, blank ones included; a line
     * that is not UTF-8 text is reported to {@code sink} as a skipped sample and left out.
     *
     * <p>The file streams through one buffer, so a large list is never held in memory: the
     * {@link TextLine} handed to the visitor is only valid during that call (its tokens point
     * into the buffer); take what you need from it, such as numbers and strings.
     */
    public static void forEachLine(Path file, ProblemSink sink, LineVisitor visitor) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            LineBuffer buffer = new LineBuffer(in);
            TokenBounds bounds = new TokenBounds();
            int number = 0;
            buffer.skipByteOrderMark();
            while (buffer.hasMore()) {
                number++;
                LineTokens ascii = LineTokens.scanAsciiLine(buffer.bytes, buffer.start, buffer.length, bounds);
                if (ascii != null && ascii.nextLineStart() > buffer.length && !buffer.eof) {
                    buffer.refill();
                    number--;
                    continue;
                }
                if (ascii != null) {
                    visitor.visit(new TextLine(number, ascii));
                    buffer.start = ascii.nextLineStart();
                    continue;
                }
                int newline = indexOfNewline(buffer.bytes, buffer.start, buffer.length);
                if (newline < 0 && !buffer.eof) {
                    buffer.refill();
                    number--;
                    continue;
                }
                int stop = newline < 0 ? buffer.length : newline;
                int end = stop > buffer.start && buffer.bytes[stop - 1] == '\r' ? stop - 1 : stop;
                try {
                    visitor.visit(new TextLine(number, decode(buffer.bytes, buffer.start, end)));
                } catch (CharacterCodingException e) {
                    sink.skip(Problem.atLine(file, number, "not UTF-8 text"));
                }
                buffer.start = stop + 1;
            }
        }
    }

    /** A window of the file: {@code bytes[start, length)} is what has not been read as lines yet. */
    private static final class LineBuffer {
        private static final int INITIAL_SIZE = 1 << 20;

        private final InputStream in;
        private byte[] bytes = new byte[INITIAL_SIZE];
        private int start;
        private int length;
        private boolean eof;

        LineBuffer(InputStream in) throws IOException {
            this.in = in;
            fill();
        }

        void skipByteOrderMark() {
            boolean bom = length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                    && (bytes[2] & 0xff) == 0xbf;
            start = bom ? 3 : 0;
        }

        boolean hasMore() {
            return start < length;
        }

        /** Moves the unread tail to the front (growing the buffer for a very long line) and reads on. */
        void refill() throws IOException {
            int tail = length - start;
            if (start == 0) {
                bytes = Arrays.copyOf(bytes, 2 * bytes.length);
            } else {
                System.arraycopy(bytes, start, bytes, 0, tail);
            }
            start = 0;
            length = tail;
            fill();
        }

        private void fill() throws IOException {
            int wanted = bytes.length - length;
            int read = in.readNBytes(bytes, length, wanted);
            length += read;
            eof = read < wanted;
        }
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
            int newline = indexOfNewline(head, start, head.length);
            if (newline < 0 && head.length == SNIFF_LIMIT) {
                return Optional.empty();
            }
            number++;
            int stop = newline < 0 ? head.length : newline;
            int end = stop > start && head[stop - 1] == '\r' ? stop - 1 : stop;
            try {
                TextLine line = new TextLine(number, decode(head, start, end));
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

    private static String decode(byte[] bytes, int start, int end) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    }
}
