package org.landmarkstudio.core.format.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Provenance;

/**
 * The original lines of the lists a dataset was read from, loaded the first time a writer
 * asks for one of a file, so that unchanged samples can be written back verbatim.
 *
 * <p>Reading keeps only file and line number per sample; this is where the text comes back.
 * A file that has gone, or that no longer has the line, gives {@code null}, and the writer then
 * formats the sample afresh (the same numbers, in the writer's own style).
 */
public final class SourceLines {

    private final Map<Path, Map<Integer, String>> files = new HashMap<>();

    /**
     * The text of the line {@code sample} was read from, when it came from a list of
     * {@code dataset}; {@code null} otherwise.
     */
    public String of(FaceSample sample, String dataset) throws IOException {
        Provenance p = sample.provenance();
        if (!dataset.equals(p.dataset()) || p.file() == null || p.line() <= 0) {
            return null;
        }
        return lines(p.file()).get(p.line());
    }

    private Map<Integer, String> lines(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Map<Integer, String> lines = files.get(key);
        if (lines == null) {
            lines = new HashMap<>();
            if (Files.isRegularFile(key)) {
                Map<Integer, String> target = lines;
                TextLineFile.forEachLine(key, new ProblemSink(false), line -> target.put(line.number(), line.text()));
            }
            files.put(key, lines);
        }
        return lines;
    }
}
