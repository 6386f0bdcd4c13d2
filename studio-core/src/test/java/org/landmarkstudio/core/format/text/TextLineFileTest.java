package org.landmarkstudio.core.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ProblemSink;

class TextLineFileTest {

    @TempDir
    Path dir;

    @Test
    void keepsExactLineTextWithoutLineEnds() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.write(file, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a', ' ', 'b', '\r', '\n', '\n', ' ', 'c', ' '});
        ProblemSink sink = new ProblemSink(false);
        List<TextLine> lines = new ArrayList<>();
        TextLineFile.forEachLine(file, sink, lines::add);
        assertEquals(List.of(new TextLine(1, "a b"), new TextLine(2, ""), new TextLine(3, " c ")), lines);
        assertTrue(lines.get(1).isBlank());
        assertEquals(List.of(), sink.problems());
    }

    @Test
    void aLineThatIsNotUtf8IsSkippedAtItsNumber() throws IOException {
        Path file = dir.resolve("b.txt");
        Files.write(file, new byte[] {'1', '\n', (byte) 0xff, 'x', '\n', '3', '\n'});
        ProblemSink sink = new ProblemSink(false);
        List<TextLine> lines = new ArrayList<>();
        TextLineFile.forEachLine(file, sink, lines::add);
        assertEquals(List.of(new TextLine(1, "1"), new TextLine(3, "3")), lines);
        assertEquals(List.of(Problem.atLine(file, 2, "not UTF-8 text")), sink.problems());
        assertEquals(1, sink.skipped());
    }

    @Test
    void firstNonBlankReadsOnlyTheHead() throws IOException {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, "\n  \nfirst line\nsecond\n");
        assertEquals(new TextLine(3, "first line"), TextLineFile.firstNonBlank(file).orElseThrow());
        Path huge = dir.resolve("d.txt");
        Files.writeString(huge, "x".repeat(TextLineFile.SNIFF_LIMIT + 10));
        assertTrue(TextLineFile.firstNonBlank(huge).isEmpty());
    }

    @Test
    void linesAcrossBufferRefillsAndLongerThanTheBufferComeOutWhole() throws IOException {
        Path file = dir.resolve("big.txt");
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            String line = i + " " + "x".repeat(i % 97) + (i % 1000 == 0 ? " \u00e9" : "");
            expected.add(line);
            text.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        String huge = "y".repeat(3 << 20) + " z";
        expected.add(huge);
        text.append(huge).append('\n').append("last without newline");
        expected.add("last without newline");
        Files.writeString(file, text);
        List<String> lines = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        TextLineFile.forEachLine(file, new ProblemSink(true), line -> {
            lines.add(line.text());
            counts.add(line.tokens().count());
        });
        assertEquals(expected, lines);
        assertEquals(2, counts.get(60_000));
        assertEquals(expected.get(12_345).split(" ").length, counts.get(12_345));
    }
}
