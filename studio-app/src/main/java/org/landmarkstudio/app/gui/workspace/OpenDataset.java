package org.landmarkstudio.app.gui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.edit.AnnotationSession;
import org.landmarkstudio.core.edit.Edit;
import org.landmarkstudio.core.edit.JournalRecovery;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * A dataset the studio has open: its annotation session (current samples, journaled edits, undo
 * and redo, save), the problems its reader reported, and the unsaved edits of an earlier session
 * that stopped without saving, if any were found when it was opened.
 */
public final class OpenDataset {

    private final String name;
    private final AnnotationSession session;
    private final List<Problem> problems;
    private final int skipped;
    private final JournalRecovery recovery;

    /**
     * @param name short name for the library pane
     * @param session the editable state
     * @param problems what the reader reported
     * @param skipped records the reader skipped
     * @param recovery unsaved edits found from an earlier session, or null
     */
    public OpenDataset(String name, AnnotationSession session, List<Problem> problems, int skipped,
            JournalRecovery recovery) {
        this.name = name;
        this.session = session;
        this.problems = List.copyOf(problems);
        this.skipped = skipped;
        this.recovery = recovery;
    }

    /** Short name for the library pane: the format and the file or folder name. */
    public String name() {
        return name;
    }

    public DatasetFormat format() {
        return session.format();
    }

    public Path source() {
        return session.dataset().source();
    }

    /** The editable state: edits, undo, redo, save. */
    public AnnotationSession session() {
        return session;
    }

    public int size() {
        return session.size();
    }

    /** Sample {@code i} as it is now, edits included. */
    public FaceSample sample(int i) {
        return session.sample(i);
    }

    /** Every sample as it is now. */
    public List<FaceSample> samples() {
        return session.dataset().samples();
    }

    /** Journals {@code edit} and applies it (see {@link AnnotationSession#apply}). */
    public void apply(Edit edit) {
        session.apply(edit);
    }

    /** Whether sample {@code i} has edits not yet saved. */
    public boolean edited(int i) {
        return session.editedSamples().contains(i);
    }

    /** What the reader could not load, with file and line. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many records the reader skipped. */
    public int skipped() {
        return skipped;
    }

    /** Unsaved edits of an earlier session on this dataset, if the studio stopped before saving. */
    public Optional<JournalRecovery> recovery() {
        return Optional.ofNullable(recovery);
    }

    /** Ends the session; its journal stays on disk while edits are unsaved. */
    public void close() throws IOException {
        session.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
