package org.landmarkstudio.core.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<TextLine> lines = TextLineFile.read(file, sink);
        assertEquals(List.of(new TextLine(1, "a b"), new TextLine(2, ""), new TextLine(3, " c ")), lines);
        assertTrue(lines.get(1).isBlank());
        assertEquals(List.of(), sink.problems());
    }

    @Test
    void aLineThatIsNotUtf8IsSkippedAtItsNumber() throws IOException {
        Path file = dir.resolve("b.txt");
        Files.write(file, new byte[] {'1', '\n', (byte) 0xff, 'x', '\n', '3', '\n'});
        ProblemSink sink = new ProblemSink(false);
        List<TextLine> lines = TextLineFile.read(file, sink);
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
}
