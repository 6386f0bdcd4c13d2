package org.landmarkstudio.core.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;

/**
 * The unsaved edits a previous session on a dataset left in its journal (after a crash, a
 * kill or a close without saving), for the "recover unsaved edits?" offer when the dataset is
 * opened again.
 *
 * <p>The edits are those after the journal's last "saved" marker, with undo and redo folded
 * in. They were made on the dataset's files as they were at that point; {@link #datasetMatches()}
 * tells whether the files on disk still are (same size and SHA-256). When they are not, the
 * file was changed by something else since, and {@link #replayInto} refuses: replaying edits
 * onto other labels would silently corrupt them. Each edit also checks its before value when
 * applied, so even an undetected change cannot be overwritten point by point.
 */
public final class JournalRecovery {

    private static final int LISTED = 5;

    private final JournalContents contents;
    private final UnsavedEdits unsaved;
    private final DatasetFingerprint onDisk;
    private final Path source;

    private JournalRecovery(JournalContents contents, UnsavedEdits unsaved, DatasetFingerprint onDisk, Path source) {
        this.contents = contents;
        this.unsaved = unsaved;
        this.onDisk = onDisk;
        this.source = source;
    }

    /**
     * The recovery offered for {@code dataset} by the journal {@code journalFile} or, when that
     * holds nothing unsaved, by the newest journal a reopening set aside.
     */
    static Optional<JournalRecovery> find(Dataset dataset, Path journalFile) throws IOException {
        List<Path> candidates = new ArrayList<>();
        if (Files.isRegularFile(journalFile)) {
            candidates.add(journalFile);
        }
        candidates.addAll(AnnotationSession.unrecoveredFiles(journalFile));
        for (Path candidate : candidates) {
            JournalContents contents = EditJournal.read(candidate);
            UnsavedEdits unsaved = contents.header() == null
                    ? new UnsavedEdits(null, List.of()) : UnsavedEdits.of(contents);
            if (!unsaved.edits().isEmpty() || !contents.problems().isEmpty()) {
                return Optional.of(new JournalRecovery(contents, unsaved, DatasetFingerprint.of(dataset),
                        dataset.source().toAbsolutePath().normalize()));
            }
        }
        return Optional.empty();
    }

    /** The journal file the edits were read from. */
    public Path journal() {
        return contents.file();
    }

    /** The unsaved edits, in the order they are replayed. */
    public List<Edit> edits() {
        return unsaved.edits();
    }

    /** Number of unsaved edits. */
    public int count() {
        return unsaved.edits().size();
    }

    /**
     * A sentence for the recovery dialog: "3 unsaved edits: Move point 61, Set pose, Set blur",
     * listing at most five edits.
     */
    public String description() {
        int n = count();
        StringBuilder text = new StringBuilder().append(n).append(n == 1 ? " unsaved edit" : " unsaved edits");
        for (int i = 0; i < Math.min(n, LISTED); i++) {
            text.append(i == 0 ? ": " : ", ").append(unsaved.edits().get(i).description());
        }
        if (n > LISTED) {
            text.append(", and ").append(n - LISTED).append(" more");
        }
        return text.toString();
    }

    /** Damaged journal lines (file and line); edits after a damaged middle line are not recovered. */
    public List<Problem> problems() {
        return contents.problems();
    }

    /** True when the dataset's files on disk are those the edits were made on. */
    public boolean datasetMatches() {
        return mismatch().isEmpty();
    }

    /** Why the edits cannot be replayed onto the dataset as it is on disk, if they cannot. */
    public Optional<String> mismatch() {
        if (contents.header() == null) {
            return Optional.of("the journal " + contents.file() + " has no readable header, so the dataset its "
                    + "edits belong to is unknown");
        }
        if (!contents.header().dataset().equals(source)) {
            return Optional.of("the journal " + contents.file() + " belongs to " + contents.header().dataset()
                    + ", not to " + source);
        }
        DatasetFingerprint expected = unsaved.baseline();
        if (!expected.equals(onDisk)) {
            return Optional.of(source + " changed after the journal " + contents.file() + " was written (now "
                    + onDisk.size() + " bytes, SHA-256 " + onDisk.sha256() + "; the edits were made on "
                    + expected.size() + " bytes, SHA-256 " + expected.sha256() + "); replaying them could "
                    + "overwrite other labels, so they are not replayed");
        }
        return Optional.empty();
    }

    /**
     * Applies the unsaved edits to {@code session} as new, journaled, undoable edits and then
     * deletes the recovered journal.
     *
     * @throws IllegalStateException when the dataset changed since the journal was written
     *                               ({@link #mismatch()} says how), when {@code session} is on
     *                               another dataset or state, or when an edit does not fit its
     *                               sample; nothing is applied then
     */
    public void replayInto(AnnotationSession session) throws IOException {
        Optional<String> why = mismatch();
        if (why.isPresent()) {
            throw new IllegalStateException("cannot replay the unsaved edits: " + why.get());
        }
        Path sessionSource = session.dataset().source().toAbsolutePath().normalize();
        if (!sessionSource.equals(source) || !session.fingerprint().equals(unsaved.baseline())) {
            throw new IllegalStateException("cannot replay the unsaved edits of " + source + " into the session on "
                    + sessionSource + ": the session was opened on other files than the edits were made on");
        }
        session.replay(unsaved.edits());
        deleteJournal();
    }

    /** Deletes the recovered journal: the user chose not to recover its edits. */
    public void discard() throws IOException {
        deleteJournal();
    }

    /**
     * Deletes the journal the edits were read from: the unrecovered copy a reopening made of it,
     * or the journal itself while no session has replaced it.
     */
    private void deleteJournal() throws IOException {
        Path file = contents.file();
        JournalHeader read = contents.header();
        if (!AnnotationSession.isLiveJournal(file)) {
            Files.deleteIfExists(file);
            return;
        }
        if (read != null) {
            Files.deleteIfExists(AnnotationSession.unrecoveredFile(file, read.session()));
        }
        if (Files.isRegularFile(file)) {
            JournalHeader now = EditJournal.read(file).header();
            boolean same = read == null ? now == null : now != null && now.session().equals(read.session());
            if (same) {
                Files.delete(file);
            }
        }
    }
}
