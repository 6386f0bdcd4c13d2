package org.landmarkstudio.core.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * The editable state of one opened dataset: applies edits, undoes and redoes them, journals
 * each one to disk before it takes effect, and saves the dataset in its own format.
 *
 * <p><b>Order of an edit.</b> {@link #apply}, {@link #undo} and {@link #redo} first check that
 * the edit fits the sample, then append it to the journal and force it to the disk, then change
 * the state, then tell the listeners. A listener (the screen) therefore never shows an edit that
 * is not on disk. When the journal cannot be written the edit is not applied and an
 * {@link UncheckedIOException} is thrown.
 *
 * <p><b>Journal location.</b> {@code journalDir/<key>.journal.jsonl}, where {@code <key>} is the
 * hex SHA-256 of the dataset's absolute, normalised source path (so one dataset has one journal
 * whatever it is called; the GUI uses {@code ~/.landmark-studio/journals}). Opening a dataset
 * whose journal still holds unsaved edits never overwrites them: that journal is first renamed
 * to {@code <key>.<session>.unrecovered.jsonl}, where {@link #findRecovery} still finds it.
 * Closing a session without unsaved edits deletes its journal; closing it with unsaved edits
 * keeps the journal for recovery.
 *
 * <p><b>Saving.</b> {@link #save} writes the dataset back to its source through its format,
 * whose writers replace files atomically (temporary file + rename). Before that, the previous
 * file is copied to {@code <file>.bak}. A dataset read from a single file (WFLW, PFPLD, COCO
 * lists) is rewritten whole; unchanged lines stay byte for byte as the writers are lossless.
 * A dataset read from a folder (300W-LP, AFLW2000-3D, LaPa: one annotation file per sample) is
 * saved by writing only the unsaved samples into the folder, so the other files are not touched,
 * and each rewritten sample's annotation file ({@code Provenance.file}) gets its {@code .bak}.
 * (A one-face dataset opened from a single .mat cannot be saved in place, as the MAT writers
 * write folders; {@link #saveAs} into a folder exports it.)
 * Then a "saved" entry with the files' new fingerprint is appended to the journal and a fresh
 * journal replaces it; the undo history survives a save.
 *
 * <p>Methods are thread safe. Listeners run on the thread that made the change, after the
 * change; a GUI marshals to its own thread.
 */
public final class AnnotationSession implements AutoCloseable {

    private static final String JOURNAL_SUFFIX = ".journal.jsonl";
    private static final String UNRECOVERED_SUFFIX = ".unrecovered.jsonl";

    private final Dataset opened;
    private final DatasetFormat format;
    private final Path journalFile;
    private final List<FaceSample> current;
    private final EditHistory history = new EditHistory();
    private final Set<Integer> touched = new TreeSet<>();
    private final List<Consumer<SessionChange>> listeners = new CopyOnWriteArrayList<>();
    private List<FaceSample> saved;
    private DatasetFingerprint fingerprint;
    private EditJournal journal;

    private AnnotationSession(Dataset opened, DatasetFormat format, Path journalFile, DatasetFingerprint fingerprint,
                              EditJournal journal) {
        this.opened = opened;
        this.format = format;
        this.journalFile = journalFile;
        this.current = new ArrayList<>(opened.samples());
        this.saved = List.copyOf(opened.samples());
        this.fingerprint = fingerprint;
        this.journal = journal;
    }

    /**
     * Opens a session on {@code dataset} (as read by {@code format}) with a fresh journal in
     * {@code journalDir}. Call {@link #findRecovery} first to offer the edits of a previous
     * session that ended without saving; they are kept either way.
     */
    public static AnnotationSession open(Dataset dataset, DatasetFormat format, Path journalDir) throws IOException {
        Path file = journalFile(journalDir, dataset.source());
        if (Files.exists(file)) {
            keepUnrecovered(file);
        }
        DatasetFingerprint fingerprint = DatasetFingerprint.of(dataset);
        EditJournal journal = EditJournal.create(file, header(dataset, fingerprint));
        return new AnnotationSession(dataset, format, file, fingerprint, journal);
    }

    /**
     * The edits a previous session on {@code dataset} journaled but did not save, if any (or a
     * journal with damaged lines, whose problems the user should see).
     */
    public static Optional<JournalRecovery> findRecovery(Dataset dataset, Path journalDir) throws IOException {
        return JournalRecovery.find(dataset, journalFile(journalDir, dataset.source()));
    }

    /** Where the journal of the dataset read from {@code source} lives in {@code journalDir}. */
    public static Path journalFile(Path journalDir, Path source) {
        String key = DatasetFingerprint.sha256Of(source.toAbsolutePath().normalize().toString());
        return journalDir.toAbsolutePath().normalize().resolve(key + JOURNAL_SUFFIX);
    }

    /** The file a journal with unsaved edits of session {@code session} is moved to when the dataset is reopened. */
    static Path unrecoveredFile(Path journalFile, String session) {
        String name = journalFile.getFileName().toString();
        String key = name.substring(0, name.length() - JOURNAL_SUFFIX.length());
        return journalFile.resolveSibling(key + "." + session + UNRECOVERED_SUFFIX);
    }

    /** True for a session's journal file, false for an unrecovered copy. */
    static boolean isLiveJournal(Path file) {
        return file.getFileName().toString().endsWith(JOURNAL_SUFFIX);
    }

    /** The unrecovered journals of the dataset whose journal is {@code journalFile}, newest first. */
    static List<Path> unrecoveredFiles(Path journalFile) throws IOException {
        String name = journalFile.getFileName().toString();
        String prefix = name.substring(0, name.length() - JOURNAL_SUFFIX.length()) + ".";
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(journalFile.getParent())) {
            try (var files = Files.list(journalFile.getParent())) {
                files.filter(p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(UNRECOVERED_SUFFIX)).forEach(found::add);
            }
        }
        found.sort((a, b) -> lastModified(b).compareTo(lastModified(a)));
        return found;
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keepUnrecovered(Path file) throws IOException {
        JournalContents contents = EditJournal.read(file);
        if (contents.header() != null && contents.problems().isEmpty()
                && UnsavedEdits.of(contents).edits().isEmpty()) {
            return;
        }
        String session = contents.header() != null ? contents.header().session() : "damaged-" + UUID.randomUUID();
        Files.move(file, unrecoveredFile(file, session), StandardCopyOption.REPLACE_EXISTING);
    }

    private static JournalHeader header(Dataset dataset, DatasetFingerprint fingerprint) {
        return new JournalHeader(EditJournal.VERSION, UUID.randomUUID().toString(),
                dataset.source().toAbsolutePath().normalize(), dataset.format(), fingerprint);
    }

    /** The current state of sample {@code i}. */
    public synchronized FaceSample sample(int i) {
        return current.get(i);
    }

    /** Number of samples. */
    public int size() {
        return opened.size();
    }

    /** The current state as a dataset (same format id, source, schema and read problems as opened). */
    public synchronized Dataset dataset() {
        return new Dataset(opened.format(), opened.source(), opened.schema(), current, opened.problems(),
                opened.skipped());
    }

    /** The format the dataset is saved in. */
    public DatasetFormat format() {
        return format;
    }

    /** The journal file currently written. */
    public synchronized Path journal() {
        return journal.file();
    }

    /** The fingerprint of the dataset's files when the session opened or last saved. */
    public synchronized DatasetFingerprint fingerprint() {
        return fingerprint;
    }

    public EditHistory history() {
        return history;
    }

    /**
     * Applies a new edit: checks it fits, journals it, changes the state, clears the redo stack
     * and tells the listeners.
     *
     * @throws IllegalStateException when the edit's before value is not the sample's current state
     * @throws IndexOutOfBoundsException when the edit names no sample of this dataset
     * @throws UncheckedIOException  when the journal cannot be written (the edit is then not applied)
     */
    public void apply(Edit edit) {
        SessionChange change;
        synchronized (this) {
            change = change(JournalOp.DO, edit, edit, SessionChange.Kind.EDIT);
            history.push(edit);
        }
        fire(change);
    }

    /** Undoes the latest edit; false when there is none. */
    public boolean undo() {
        SessionChange change;
        synchronized (this) {
            Optional<Edit> edit = history.nextUndo();
            if (edit.isEmpty()) {
                return false;
            }
            change = change(JournalOp.UNDO, edit.get(), edit.get().inverse(), SessionChange.Kind.UNDO);
            history.undo();
        }
        fire(change);
        return true;
    }

    /** Redoes the latest undone edit; false when there is none. */
    public boolean redo() {
        SessionChange change;
        synchronized (this) {
            Optional<Edit> edit = history.nextRedo();
            if (edit.isEmpty()) {
                return false;
            }
            change = change(JournalOp.REDO, edit.get(), edit.get(), SessionChange.Kind.REDO);
            history.redo();
        }
        fire(change);
        return true;
    }

    private SessionChange change(JournalOp op, Edit journaled, Edit applied, SessionChange.Kind kind) {
        int i = applied.sample();
        if (i < 0 || i >= current.size()) {
            throw new IndexOutOfBoundsException("edit \"" + applied.description() + "\" names sample " + i
                    + ", the dataset has " + current.size());
        }
        FaceSample next = applied.apply(current.get(i));
        try {
            journal.append(op, journaled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the edit journal " + journal.file()
                    + "; the edit was not applied", e);
        }
        current.set(i, next);
        touched.add(i);
        return new SessionChange(Set.of(i), kind);
    }

    /**
     * Applies recovered edits as new edits, after checking that all of them fit in order.
     *
     * @throws IllegalStateException when one does not fit; nothing is applied then
     */
    void replay(List<Edit> edits) {
        SessionChange change;
        synchronized (this) {
            List<FaceSample> scratch = new ArrayList<>(current);
            for (Edit edit : edits) {
                int i = edit.sample();
                if (i < 0 || i >= scratch.size()) {
                    throw new IllegalStateException("recovered edit \"" + edit.description() + "\" names sample " + i
                            + ", the dataset has " + scratch.size());
                }
                scratch.set(i, edit.apply(scratch.get(i)));
            }
            Set<Integer> samples = new TreeSet<>();
            for (Edit edit : edits) {
                change(JournalOp.DO, edit, edit, SessionChange.Kind.REPLAYED);
                samples.add(edit.sample());
                history.push(edit);
            }
            change = new SessionChange(samples, SessionChange.Kind.REPLAYED);
        }
        fire(change);
    }

    /** Indexes of the samples whose current state differs from the saved dataset, ascending. */
    public synchronized Set<Integer> editedSamples() {
        Set<Integer> edited = new LinkedHashSet<>();
        for (int i : touched) {
            if (!current.get(i).equals(saved.get(i))) {
                edited.add(i);
            }
        }
        return edited;
    }

    /** True when some sample differs from the saved dataset. */
    public boolean dirty() {
        return !editedSamples().isEmpty();
    }

    /**
     * Writes the current state to the dataset's source in its format, keeping {@code .bak}
     * copies of the previous files, then starts a fresh journal (see the class documentation).
     */
    public void save() throws IOException {
        SessionChange change;
        synchronized (this) {
            Set<Integer> edited = editedSamples();
            Dataset state = dataset();
            Path source = state.source().toAbsolutePath().normalize();
            if (Files.isDirectory(source)) {
                List<FaceSample> changed = new ArrayList<>();
                for (int i : edited) {
                    changed.add(current.get(i));
                    backup(saved.get(i).provenance().file());
                }
                format.write(new Dataset(state.format(), state.source(), state.schema(), changed, List.of(), 0), source);
            } else {
                backup(source);
                format.write(state, source);
            }
            DatasetFingerprint written = DatasetFingerprint.of(state);
            journal.appendSaved(written);
            journal.close();
            journal = EditJournal.create(journalFile, header(state, written));
            fingerprint = written;
            saved = List.copyOf(current);
            touched.clear();
            change = new SessionChange(edited, SessionChange.Kind.SAVED);
        }
        fire(change);
    }

    private static void backup(Path file) throws IOException {
        if (file != null && Files.isRegularFile(file)) {
            Path bak = file.resolveSibling(file.getFileName() + ".bak");
            AtomicFileWriter.write(bak, out -> Files.copy(file, out));
        }
    }

    /** Exports the current state to {@code out} in {@code target}'s format; the session's source and journal stay. */
    public void saveAs(DatasetFormat target, Path out) throws IOException {
        target.write(dataset(), out);
    }

    /** Registers a listener called after every change. */
    public void addListener(Consumer<SessionChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SessionChange> listener) {
        listeners.remove(listener);
    }

    private void fire(SessionChange change) {
        for (Consumer<SessionChange> listener : listeners) {
            listener.accept(change);
        }
    }

    /**
     * Closes the journal; deletes it when nothing is unsaved, keeps it for {@link #findRecovery}
     * otherwise.
     */
    @Override
    public synchronized void close() throws IOException {
        journal.close();
        if (!dirty()) {
            Files.deleteIfExists(journal.file());
        }
    }

    /** Closes the session and deletes its journal: the user chose not to keep the unsaved edits. */
    public synchronized void closeDiscarding() throws IOException {
        journal.close();
        Files.deleteIfExists(journal.file());
    }
}
