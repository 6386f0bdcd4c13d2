package org.landmarkstudio.core.format.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * The reading and writing every one-sample-per-line format shares: problems at file and line,
 * silent blank lines, image checks, verbatim unchanged lines and atomic output.
 *
 * <p>Lines holding only whitespace are skipped silently wherever they are: they carry no face
 * and editors often leave one at the end. A file without any non-blank line is a problem.
 */
public final class LinePerSampleFile {

    private LinePerSampleFile() {
    }

    /**
     * Reads {@code file}: each non-blank line goes through {@code parser}; a line it rejects is
     * reported at its 1-based number and skipped; a sample whose resolved image is not a file
     * is reported and kept when {@code options.checkImages()}.
     *
     * @param formatId the format id recorded in the dataset
     * @param schema   the schema of the samples
     * @param expected what the file should hold, for the empty-file message ("WFLW lines")
     */
    public static Dataset read(Path file, ReadOptions options, String formatId, PointSchema schema,
                               String expected, LineSampleParser parser) throws IOException {
        ProblemSink sink = new ProblemSink(options.strict());
        List<FaceSample> samples = new ArrayList<>();
        boolean[] anyText = {false};
        TextLineFile.forEachLine(file, sink, line -> {
            LineTokens tokens = line.tokens();
            if (tokens.count() == 0) {
                return;
            }
            anyText[0] = true;
            FaceSample sample;
            try {
                sample = parser.parse(line, tokens);
            } catch (MalformedLineException e) {
                sink.skip(Problem.atLine(file, line.number(), e.getMessage()));
                return;
            }
            if (options.checkImages() && !Files.isRegularFile(sample.image().resolved())) {
                sink.warn(Problem.atLine(file, line.number(), "image not found: " + sample.image().resolved()));
            }
            samples.add(sample);
        });
        if (!anyText[0] && sink.skipped() == 0) {
            sink.warn(Problem.ofFile(file, "empty file, expected " + expected));
        }
        return new Dataset(formatId, file, schema, samples, sink.problems(), sink.skipped());
    }

    /**
     * The tokens of the first non-blank line of {@code path} when it is a {@code .txt} file that
     * starts as UTF-8 text; empty otherwise. Reads only the file's head, for sniffing.
     */
    public static Optional<LineTokens> firstLineTokens(Path path) throws IOException {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return Optional.empty();
        }
        return TextLineFile.firstNonBlank(path).map(TextLine::tokens);
    }

    /** The image reference of a path token, resolved against {@code root} (absolute paths stay). */
    public static ImageRef image(Path root, String written) throws MalformedLineException {
        try {
            return new ImageRef(written, root.resolve(written));
        } catch (InvalidPathException e) {
            throw new MalformedLineException("image path \"" + written + "\" is not a valid path: " + e.getReason());
        }
    }

    /**
     * Writes one line per sample, in order, each ending with {@code \n}, atomically. Nothing is
     * written when a sample cannot be: its image path is not a single token, or the formatter
     * refuses it.
     *
     * @param formatName the format's name for problems ("WFLW")
     */
    public static void write(Dataset dataset, Path out, String formatName, LineSampleFormatter formatter)
            throws IOException {
        List<String> lines = new ArrayList<>(dataset.size());
        SourceLines sources = new SourceLines();
        for (int i = 0; i < dataset.size(); i++) {
            FaceSample sample = dataset.get(i);
            String image = sample.image().written();
            if (!LineTokens.isSingleToken(image)) {
                throw cannotWrite(out, i + 1, sample, "its image path \"" + image
                        + "\" is empty or holds whitespace, which a " + formatName + " line cannot hold");
            }
            lines.add(formatter.format(sample, i + 1, sources));
        }
        AtomicFileWriter.writeText(out, writer -> {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        });
    }

    /**
     * The row {@code sourceText} (the line a sample was read from, see {@link SourceLines})
     * parses to; empty when there is no such line or {@code parser} rejects it. A writer writes
     * {@link SourceRow#text()} verbatim when the row equals the one it would write.
     */
    public static <R> Optional<SourceRow<R>> sourceRow(String sourceText, RowParser<R> parser) {
        if (sourceText == null) {
            return Optional.empty();
        }
        LineTokens tokens = LineTokens.of(sourceText);
        try {
            return Optional.of(new SourceRow<>(parser.parse(tokens), tokens, sourceText));
        } catch (MalformedLineException e) {
            return Optional.empty();
        }
    }

    /** The problem of a sample a writer cannot write, naming the output line and the sample's source. */
    public static DatasetException cannotWrite(Path out, int lineNumber, FaceSample sample, String why) {
        Provenance p = sample.provenance();
        String from = p.file() == null ? p.dataset() : p.line() > 0 ? p.file() + ":" + p.line() : p.file().toString();
        return new DatasetException(Problem.atLine(out, lineNumber, "cannot write the sample from " + from + ": " + why));
    }
}
