package org.landmarkstudio.app.gui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.edit.AnnotationSession;
import org.landmarkstudio.core.edit.JournalRecovery;
import org.landmarkstudio.core.format.DatasetFormats;

/**
 * The datasets open in the studio, loaded in the background so that the window is usable at once.
 *
 * <p>Each {@link #open} returns the running {@link Task}: its progress and message drive the
 * status bar, and its result joins {@link #datasets()} on the FX thread when it succeeds. A file the
 * readers cannot open fails that task alone (with the reader's message naming the file); the other
 * datasets still load.
 */
public final class Workspace implements AutoCloseable {

    private final ObservableList<OpenDataset> datasets = FXCollections.observableArrayList();
    private final Path journalDir;
    private final DatasetFormats formats = DatasetFormats.standard();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-dataset-loader");
        t.setDaemon(true);
        return t;
    });

    /** @param journalDir where edit journals live (the studio uses {@link #defaultJournalDir()}) */
    public Workspace(Path journalDir) {
        this.journalDir = journalDir;
    }

    /** {@code ~/.landmark-studio/journals}: one journal per open dataset. */
    public static Path defaultJournalDir() {
        return Path.of(System.getProperty("user.home"), ".landmark-studio", "journals");
    }

    /** The open datasets, in the order they finished loading; modify only on the FX thread. */
    public ObservableList<OpenDataset> datasets() {
        return datasets;
    }

    /** Starts loading {@code paths} one after the other; the task's value is how many loaded. */
    public Task<Integer> open(List<Path> paths) {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                int loaded = 0;
                StringBuilder failures = new StringBuilder();
                for (int i = 0; i < paths.size(); i++) {
                    Path path = paths.get(i);
                    updateMessage("Loading " + (i + 1) + " of " + paths.size() + ": " + path.getFileName());
                    updateProgress(i, paths.size());
                    try {
                        OpenDataset open = read(path);
                        javafx.application.Platform.runLater(() -> datasets.add(open));
                        loaded++;
                    } catch (Exception e) {
                        failures.append(e.getMessage()).append('\n');
                    }
                }
                updateProgress(paths.size(), paths.size());
                updateMessage(loaded + " of " + paths.size() + " datasets loaded");
                if (failures.length() > 0) {
                    throw new DatasetOpenException(failures.toString().strip());
                }
                return loaded;
            }
        };
        loader.submit(task);
        return task;
    }

    /**
     * Reads one dataset on the calling thread and starts its annotation session, noting unsaved
     * edits an earlier session left in its journal.
     */
    public OpenDataset read(Path path) throws IOException {
        DatasetFormat format = formats.sniff(path);
        Dataset dataset = format.read(path, ReadOptions.DEFAULT);
        JournalRecovery recovery = AnnotationSession.findRecovery(dataset, journalDir).orElse(null);
        AnnotationSession session = AnnotationSession.open(dataset, format, journalDir);
        return new OpenDataset(format.id() + " · " + displayName(path), session, dataset.problems(), dataset.skipped(),
                recovery);
    }

    /** The file name without its extension, or the folder name with its parent (LaPa and 300W-LP folders are often generic). */
    private static String displayName(Path path) {
        String name = String.valueOf(path.getFileName());
        if (java.nio.file.Files.isRegularFile(path)) {
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
        Path parent = path.toAbsolutePath().getParent();
        return parent != null && parent.getFileName() != null ? parent.getFileName() + "/" + name : name;
    }

    /** Stops loading and ends every session (journals with unsaved edits stay on disk). */
    @Override
    public void close() {
        loader.shutdownNow();
        for (OpenDataset d : datasets) {
            try {
                d.close();
            } catch (IOException e) {
                System.err.println("Landmark Studio: closing " + d.name() + ": " + e.getMessage());
            }
        }
    }
}
