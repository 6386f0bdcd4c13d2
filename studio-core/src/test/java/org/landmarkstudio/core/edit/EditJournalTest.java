package org.landmarkstudio.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.format.wflw.WflwFormat;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;
import org.landmarkstudio.core.schema.PointSchema;

class EditJournalTest {

    /** 0.1 + 0.2 in binary64: its shortest decimal has 17 digits, so a 6-decimal journal would lose it. */
    private static final double X = 0.1 + 0.2;
    private static final double Y = 1.0 / 3.0;

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void eachEntryIsOnDiskWithFullPrecisionWhenApplyReturns() throws IOException {
        Path journalDir = dir.resolve("journals");
        Dataset dataset = SampleSetCopy.read(SampleSetCopy.wflw(dir));
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), journalDir)) {
            Path file = AnnotationSession.journalFile(journalDir, dataset.source());
            assertEquals(file, session.journal());
            JsonNode header = json.readTree(Files.readAllLines(file).get(0));
            assertEquals("landmark-studio-edits", header.get("journal").asText());
            assertEquals(dataset.source().toAbsolutePath().normalize().toString(), header.get("dataset").asText());
            assertEquals("wflw", header.get("format").asText());
            assertEquals(Files.size(dataset.source()), header.get("size").asLong());
            assertEquals(64, header.get("sha256").asText().length());

            Landmarks before = session.sample(6).landmarks();
            session.apply(LandmarksEdit.of(6, before, before.withPoint(33, X, Y).withoutPoint(34)));
            List<String> lines = Files.readAllLines(file);
            assertEquals(2, lines.size());
            JsonNode entry = json.readTree(lines.get(1));
            assertEquals(1, entry.get("seq").asInt());
            assertEquals("do", entry.get("op").asText());
            JsonNode after = entry.get("edit").get("after");
            assertEquals("wflw98", after.get("schema").asText());
            assertEquals(Double.doubleToLongBits(X), Double.doubleToLongBits(after.get("xy").get(66).asDouble()));
            assertEquals(Double.doubleToLongBits(Y), Double.doubleToLongBits(after.get("xy").get(67).asDouble()));
            assertTrue(after.get("xy").get(68).isNull());
            assertEquals('0', after.get("labelled").asText().charAt(34));
            assertEquals(before.x(34), entry.get("edit").get("before").get("xy").get(68).asDouble());

            session.apply(PoseEdit.of(6, null, new HeadPose(X, -Y, 90, PoseSource.ANNOTATOR)));
            JsonNode pose = json.readTree(Files.readAllLines(file).get(2)).get("edit");
            assertEquals("pose", pose.get("type").asText());
            assertTrue(pose.get("before").isNull());
            assertEquals(X, pose.get("after").get("yaw").asDouble());
            assertEquals("ANNOTATOR", pose.get("after").get("source").asText());

            session.undo();
            JsonNode undo = json.readTree(Files.readAllLines(file).get(3));
            assertEquals("undo", undo.get("op").asText());
            assertEquals("Set pose", undo.get("edit").get("description").asText());
        }
    }

    @Test
    void aTruncatedLastLineKeepsTheCompleteEntriesAndNamesTheLine() throws IOException {
        Path journal = journalWithThreeEdits();
        byte[] bytes = Files.readAllBytes(journal);
        Files.write(journal, Arrays.copyOf(bytes, bytes.length - 40));

        JournalContents contents = EditJournal.read(journal);
        assertNotNull(contents.header());
        assertEquals(2, contents.entries().size());
        assertEquals(1, contents.problems().size());
        Problem problem = contents.problems().get(0);
        assertEquals(journal, problem.file());
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith("incomplete last line"), problem.message());
    }

    @Test
    void aDamagedMiddleLineIsReportedAndReadingStopsThere() throws IOException {
        Path journal = journalWithThreeEdits();
        List<String> lines = Files.readAllLines(journal);
        lines.set(2, lines.get(2).replace("\"op\":\"do\"", "\"op\":\"moved\""));
        Files.write(journal, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

        JournalContents contents = EditJournal.read(journal);
        assertEquals(1, contents.entries().size());
        Problem problem = contents.problems().get(0);
        assertEquals(3, problem.line());
        assertEquals(journal + ":3: damaged line, expected a journal entry: unknown op \"moved\"; expected do, undo, "
                + "redo or saved; entries from here on are not replayed", problem.toString());

        lines.set(0, "{\"journal\":\"something else\"}");
        Files.write(journal, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        JournalContents headless = EditJournal.read(journal);
        assertNull(headless.header());
        assertEquals(1, headless.problems().get(0).line());
        assertEquals(0, headless.entries().size());
    }

    @Test
    void everyKindOfEditReadsBackEqual() throws IOException {
        Dataset dataset = SampleSetCopy.read(SampleSetCopy.wflw(dir));
        FaceSample s = dataset.get(8);
        Landmarks partial = s.landmarks().withoutPoint(0).withoutPoint(97).withPoint(50, X, -Y);
        List<Edit> edits = List.of(
                LandmarksEdit.of(8, s.landmarks(), partial),
                LandmarksEdit.of(8, partial, Landmarks.unlabelled(PointSchema.WFLW_98)),
                PoseEdit.of(8, new HeadPose(-X, Y, -90, PoseSource.SOLVE_PNP), null),
                AttributesEdit.of(8, s.attributes(), s.attributes().withEyes(EyeState.CLOSED, EyeState.OPEN)
                        .with(WflwAttribute.MAKEUP, true).with(WflwAttribute.POSE, true)),
                BoxEdit.of(8, s.box(), null),
                BoxEdit.of(8, null, new Box(X, Y, 2 * X, 3 * Y)));
        Path file = dir.resolve("kinds.journal.jsonl");
        JournalHeader header = new JournalHeader(EditJournal.VERSION, "test", dataset.source(), "wflw",
                DatasetFingerprint.of(dataset));
        try (EditJournal journal = EditJournal.create(file, header)) {
            for (Edit edit : edits) {
                journal.append(JournalOp.REDO, edit);
            }
            journal.appendSaved(new DatasetFingerprint(7, "ab"));
        }
        JournalContents contents = EditJournal.read(file);
        assertTrue(contents.problems().isEmpty(), contents.problems().toString());
        assertEquals(header, contents.header());
        assertEquals(edits, contents.entries().stream().limit(edits.size()).map(JournalEntry::edit).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), contents.entries().stream().map(JournalEntry::seq).toList());
        assertEquals(new DatasetFingerprint(7, "ab"), contents.entries().get(6).saved());
        assertEquals(List.of("Edit 3 points", "Mark 96 points unlabelled", "Clear pose", "Set attributes",
                "Clear face box", "Set face box"), edits.stream().map(Edit::description).toList());
    }

    /** A journal left by a session closed with three unsaved edits (a move, a flag, a pose). */
    private Path journalWithThreeEdits() throws IOException {
        Dataset dataset = SampleSetCopy.read(SampleSetCopy.wflw(dir));
        Path journal;
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), dir.resolve("journals"))) {
            Landmarks l = session.sample(0).landmarks();
            session.apply(LandmarksEdit.of(0, l, l.withPoint(1, X, Y)));
            FaceAttributes a = session.sample(1).attributes();
            session.apply(AttributesEdit.of(1, a, a.with(WflwAttribute.OCCLUSION, !a.has(WflwAttribute.OCCLUSION))));
            session.apply(PoseEdit.of(2, null, new HeadPose(10, 20, 30, PoseSource.ANNOTATOR)));
            journal = session.journal();
        }
        assertEquals(4, Files.readAllLines(journal).size());
        return journal;
    }
}
