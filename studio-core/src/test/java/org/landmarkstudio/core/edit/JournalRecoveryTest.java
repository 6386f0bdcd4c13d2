package org.landmarkstudio.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.format.wflw.WflwFormat;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;

class JournalRecoveryTest {

    @TempDir
    Path dir;

    private Path journals() {
        return dir.resolve("journals");
    }

    @Test
    void replayIsRefusedWhenTheDatasetChangedAfterTheJournalWasWritten() throws IOException {
        Path list = SampleSetCopy.wflw(dir);
        Dataset dataset = SampleSetCopy.read(list);
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), journals())) {
            Landmarks l = session.sample(3).landmarks();
            session.apply(LandmarksEdit.of(3, l, l.withPoint(10, 50.5, 60.5)));
        }
        Files.writeString(list, Files.readAllLines(list).get(0) + "\n", StandardOpenOption.APPEND);
        Dataset changed = SampleSetCopy.read(list);

        JournalRecovery recovery = AnnotationSession.findRecovery(changed, journals()).orElseThrow();
        assertEquals(1, recovery.count());
        assertFalse(recovery.datasetMatches());
        assertTrue(recovery.mismatch().orElseThrow().startsWith(list.toAbsolutePath().normalize()
                + " changed after the journal"), recovery.mismatch().orElseThrow());
        try (AnnotationSession session = AnnotationSession.open(changed, new WflwFormat(), journals())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> recovery.replayInto(session));
            assertTrue(e.getMessage().startsWith("cannot replay the unsaved edits: "), e.getMessage());
            assertEquals(changed.get(3), session.sample(3));
            assertFalse(session.dirty());
        }
    }

    @Test
    void undoAndRedoAreFoldedAndAnUndoAfterSaveBecomesAnInverse() throws IOException {
        Dataset dataset = SampleSetCopy.read(SampleSetCopy.wflw(dir));
        LandmarksEdit move;
        PoseEdit pose;
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), journals())) {
            Landmarks l = session.sample(0).landmarks();
            move = LandmarksEdit.of(0, l, l.withPoint(5, 11.5, 12.5));
            session.apply(move);
            session.save();
            pose = PoseEdit.of(1, null, new HeadPose(5, 6, 7, PoseSource.ANNOTATOR));
            session.apply(pose);
            FaceAttributes a = session.sample(2).attributes();
            session.apply(AttributesEdit.of(2, a, a.with(WflwAttribute.BLUR, !a.has(WflwAttribute.BLUR))));
            session.undo();
            session.undo();
            session.redo();
            session.undo();
            session.undo();
            assertEquals(1 + 7, Files.readAllLines(session.journal()).size());
        }
        Dataset saved = SampleSetCopy.read(dataset.source());
        JournalRecovery recovery = AnnotationSession.findRecovery(saved, journals()).orElseThrow();
        assertTrue(recovery.datasetMatches());
        assertEquals(List.of(move.inverse()), recovery.edits());
        assertEquals("1 unsaved edit: Move point 5", recovery.description());
        try (AnnotationSession session = AnnotationSession.open(saved, new WflwFormat(), journals())) {
            recovery.replayInto(session);
            assertEquals(dataset.get(0).landmarks(), session.sample(0).landmarks());
            assertEquals("Move point 5", session.history().undoDescription());
            assertTrue(session.dirty());
        }
    }

    @Test
    void openingFirstKeepsTheOldJournalAndDiscardDeletesIt() throws IOException {
        Dataset dataset = SampleSetCopy.read(SampleSetCopy.wflw(dir));
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), journals())) {
            session.apply(PoseEdit.of(4, null, new HeadPose(1, 2, 3, PoseSource.ANNOTATOR)));
        }
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), journals())) {
            JournalRecovery recovery = AnnotationSession.findRecovery(dataset, journals()).orElseThrow();
            assertTrue(recovery.journal().getFileName().toString().endsWith(".unrecovered.jsonl"));
            assertEquals("1 unsaved edit: Set pose", recovery.description());
            recovery.replayInto(session);
            assertFalse(Files.exists(recovery.journal()));
            assertEquals(new HeadPose(1, 2, 3, PoseSource.ANNOTATOR), session.sample(4).pose());
            assertEquals(2, Files.readAllLines(session.journal()).size(), "the replayed edit is journaled again");
        }
        JournalRecovery again = AnnotationSession.findRecovery(dataset, journals()).orElseThrow();
        assertEquals(1, again.count());
        again.discard();
        assertTrue(AnnotationSession.findRecovery(dataset, journals()).isEmpty());
        try (var left = Files.list(journals())) {
            assertEquals(0, left.count());
        }
    }
}
