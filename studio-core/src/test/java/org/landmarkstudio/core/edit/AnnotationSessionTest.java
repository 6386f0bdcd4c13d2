package org.landmarkstudio.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.format.wflw.WflwFormat;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;

class AnnotationSessionTest {

    /** 0-based token index of point 61's x in a WFLW line (2 * 61); y follows. */
    private static final int POINT_61_X = 122;
    /** 0-based token index of the blur flag in a WFLW line: 196 point tokens, 4 box tokens, then the 6 flags. */
    private static final int BLUR = 205;

    @TempDir
    Path dir;

    @Test
    void savesEveryEditInTheOriginalFormatKeepsOtherLinesAndABackup() throws IOException {
        Path list = SampleSetCopy.wflw(dir);
        byte[] original = Files.readAllBytes(list);
        List<String> originalLines = Files.readAllLines(list);
        Dataset dataset = SampleSetCopy.read(list);
        assertEquals(originalLines.size(), dataset.size());
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), dir.resolve("journals"))) {
            Landmarks before = session.sample(2).landmarks();
            session.apply(LandmarksEdit.of(2, before, before.withPoint(61, 101.5, 60.25)));
            session.apply(PoseEdit.of(5, null, new HeadPose(12.5, -3.25, 1.0, PoseSource.ANNOTATOR)));
            FaceAttributes attributes = session.sample(7).attributes();
            boolean blur = attributes.has(WflwAttribute.BLUR);
            session.apply(AttributesEdit.of(7, attributes, attributes.with(WflwAttribute.BLUR, !blur)));
            assertTrue(session.undo());
            assertEquals(attributes, session.sample(7).attributes());
            assertTrue(session.redo());
            assertEquals(Set.of(2, 5, 7), session.editedSamples());

            session.save();

            assertFalse(session.dirty());
            assertArrayEquals(original, Files.readAllBytes(list.resolveSibling(list.getFileName() + ".bak")));
            Dataset reread = SampleSetCopy.read(list);
            assertEquals(0, reread.problems().size());
            assertEquals(101.5, reread.get(2).landmarks().x(61));
            assertEquals(60.25, reread.get(2).landmarks().y(61));
            assertEquals(!blur, reread.get(7).attributes().has(WflwAttribute.BLUR));
            assertEquals(new HeadPose(12.5, -3.25, 1.0, PoseSource.ANNOTATOR), session.sample(5).pose(),
                    "WFLW has no pose column: the pose edit lives in the session, not in the file");

            List<String> lines = Files.readAllLines(list);
            assertEquals(originalLines.size(), lines.size());
            for (int i = 0; i < lines.size(); i++) {
                if (i != 2 && i != 7) {
                    assertEquals(originalLines.get(i), lines.get(i), "line " + (i + 1));
                }
            }
            assertOnlyTokensChanged(originalLines.get(2), lines.get(2), Set.of(POINT_61_X, POINT_61_X + 1));
            assertEquals("101.500000", lines.get(2).split(" ")[POINT_61_X]);
            assertEquals("60.250000", lines.get(2).split(" ")[POINT_61_X + 1]);
            assertOnlyTokensChanged(originalLines.get(7), lines.get(7), Set.of(BLUR));
        }
        assertTrue(AnnotationSession.findRecovery(dataset, dir.resolve("journals")).isEmpty());
    }

    private static void assertOnlyTokensChanged(String before, String after, Set<Integer> changed) {
        String[] a = before.split(" ");
        String[] b = after.split(" ");
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(changed.contains(i), !a[i].equals(b[i]), "token " + i + ": " + a[i] + " -> " + b[i]);
        }
    }

    @Test
    void undoAndRedoWorkAcrossEditKindsAndANewEditClearsRedo() throws IOException {
        Dataset dataset = SampleSetCopy.read(SampleSetCopy.wflw(dir));
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), dir.resolve("journals"))) {
            FaceSample start = session.sample(0);
            session.apply(LandmarksEdit.of(0, start.landmarks(), start.landmarks().withoutPoint(7)));
            session.apply(PoseEdit.of(0, null, new HeadPose(-20, 5, 0.5, PoseSource.SOLVE_PNP)));
            session.apply(AttributesEdit.of(0, start.attributes(), start.attributes().withEyes(EyeState.CLOSED, null)));
            session.apply(BoxEdit.of(0, start.box(), null));
            assertEquals("Clear face box", session.history().undoDescription());

            assertTrue(session.undo());
            assertTrue(session.undo());
            assertEquals("Set eye state", session.history().redoDescription());
            assertEquals(start.box(), session.sample(0).box());
            assertEquals(start.attributes(), session.sample(0).attributes());
            assertTrue(session.undo());
            assertTrue(session.undo());
            assertFalse(session.undo());
            assertEquals(start, session.sample(0));
            assertFalse(session.dirty(), "undone back to the saved state");

            assertTrue(session.redo());
            assertEquals("Mark point 7 unlabelled", session.history().undoDescription());
            assertFalse(session.sample(0).landmarks().isLabelled(7));
            assertTrue(session.history().canRedo());
            session.apply(PoseEdit.of(0, null, new HeadPose(1, 2, 3, PoseSource.ANNOTATOR)));
            assertFalse(session.history().canRedo());
            assertFalse(session.redo());
            assertEquals(Set.of(0), session.editedSamples());
        }
    }

    @Test
    void anEditWhoseBeforeValueDoesNotMatchIsRefusedAndNotJournaled() throws IOException {
        Dataset dataset = SampleSetCopy.read(SampleSetCopy.wflw(dir));
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), dir.resolve("journals"))) {
            Landmarks other = session.sample(4).landmarks();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> session.apply(LandmarksEdit.of(3, other, other.withPoint(0, 1, 1))));
            assertTrue(e.getMessage().startsWith("sample 3: cannot apply \"Move point 0\""), e.getMessage());
            HeadPose wrong = new HeadPose(1, 1, 1, PoseSource.ANNOTATOR);
            assertThrows(IllegalStateException.class, () -> session.apply(PoseEdit.of(3, wrong, null)));
            assertFalse(session.dirty());
            assertEquals(1, Files.readAllLines(session.journal()).size(), "only the header");
        }
    }

    @Test
    void listenersHearEachChangeAfterItIsJournaled() throws IOException {
        Dataset dataset = SampleSetCopy.read(SampleSetCopy.wflw(dir));
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), dir.resolve("journals"))) {
            List<String> heard = new ArrayList<>();
            session.addListener(change -> {
                try {
                    heard.add(change.kind() + " " + change.samples() + " lines=" + Files.readAllLines(session.journal()).size());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            Landmarks l = session.sample(9).landmarks();
            session.apply(LandmarksEdit.of(9, l, l.withPoint(3, 40, 41).withPoint(4, 42, 43)));
            session.undo();
            session.redo();
            session.save();
            assertEquals(List.of("EDIT [9] lines=2", "UNDO [9] lines=3", "REDO [9] lines=4", "SAVED [9] lines=1"), heard);
            assertEquals("Move 2 points", session.history().undoDescription());
        }
    }

    @Test
    void saveAsExportsWithoutChangingTheSource() throws IOException {
        Path list = SampleSetCopy.wflw(dir);
        byte[] original = Files.readAllBytes(list);
        Dataset dataset = SampleSetCopy.read(list);
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), dir.resolve("journals"))) {
            FaceAttributes a = session.sample(1).attributes();
            session.apply(AttributesEdit.of(1, a, a.with(WflwAttribute.MAKEUP, !a.has(WflwAttribute.MAKEUP))));
            Path out = dir.resolve("export.txt");
            session.saveAs(new WflwFormat(), out);
            assertArrayEquals(original, Files.readAllBytes(list));
            assertEquals(!a.has(WflwAttribute.MAKEUP), SampleSetCopy.read(out).get(1).attributes().has(WflwAttribute.MAKEUP));
            assertTrue(session.dirty());
            assertNull(session.history().redoDescription());
        }
    }
}
