package org.landmarkstudio.app.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.landmarkstudio.app.gui.paint.Icons;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.SampleRef;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.edit.JournalRecovery;
import org.landmarkstudio.core.format.DatasetFormats;

/**
 * The window's menu bar and what its items do: open, save, export, undo, redo, recovery of
 * unsaved edits, and the shortcut sheet. Undo and redo act on the dataset of the face being
 * annotated (or the one chosen in the library), as each dataset has its own history and journal.
 */
public final class StudioActions {

    /** Formats whose files have no place for a head pose. */
    private static final java.util.Set<String> POSELESS_FORMATS = java.util.Set.of("wflw", "wflw-test", "lapa");

    private final StudioWindow window;
    private final MenuItem undo = new MenuItem("Undo");
    private final MenuItem redo = new MenuItem("Redo");
    private final MenuItem save = new MenuItem("Save");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Landmark Studio");

    StudioActions(StudioWindow window) {
        this.window = window;
    }

    MenuBar menuBar() {
        MenuItem open = new MenuItem("Open dataset file…", Icons.get("open", 14));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> openFile());
        MenuItem openFolder = new MenuItem("Open dataset folder…", Icons.get("dataset", 14));
        openFolder.setOnAction(e -> openFolder());
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> saveAll());
        MenuItem export = new MenuItem("Export dataset…", Icons.get("export", 14));
        save.setGraphic(Icons.get("save", 14));
        undo.setGraphic(Icons.get("undo", 14));
        redo.setGraphic(Icons.get("redo", 14));
        export.setOnAction(e -> export());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            if (confirmClose()) {
                window.getScene().getWindow().hide();
            }
        });
        Menu file = new Menu("File", null, open, openFolder, save, export, quit);

        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> undo());
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> redo());
        Menu edit = new Menu("Edit", null, undo, redo);

        MenuItem fit = new MenuItem("Fit image  (F)", Icons.get("fit", 14));
        fit.setOnAction(e -> window.canvas().fit());
        MenuItem actual = new MenuItem("Actual size  (1)", Icons.get("actual-size", 14));
        actual.setOnAction(e -> window.canvas().actualSize());
        MenuItem labels = new MenuItem("Show point indices  (I)", Icons.get("labels", 14));
        labels.setOnAction(e -> window.canvas().showLabelsProperty().set(!window.canvas().showLabelsProperty().get()));
        Menu view = new Menu("View", null, fit, actual, labels);

        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setOnAction(e -> showShortcuts());
        Menu help = new Menu("Help", null, shortcuts);
        update();
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The toolbar above the canvas: save, undo, redo, fit, actual size, point indices. */
    ToolBar canvasToolBar() {
        ToolBar bar = new ToolBar(
                button("save", "Save every dataset with unsaved edits (Ctrl+S)", this::saveAll),
                button("undo", "Undo (Ctrl+Z)", this::undo),
                button("redo", "Redo (Ctrl+Shift+Z)", this::redo),
                new Separator(),
                button("fit", "Fit the image (F)", () -> window.canvas().fit()),
                button("actual-size", "Actual size (1)", () -> window.canvas().actualSize()));
        ToggleButton labels = new ToggleButton(null, Icons.get("labels", 16));
        labels.setTooltip(new Tooltip("Show every point's index (I)"));
        labels.selectedProperty().bindBidirectional(window.canvas().showLabelsProperty());
        labels.setFocusTraversable(false);
        bar.getItems().add(labels);
        bar.getStyleClass().add("canvas-toolbar");
        return bar;
    }

    private static Button button(String icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.get(icon, 16));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setId("tool-" + icon);
        return b;
    }

    /** The dataset undo, redo and export act on: the current face's, else the library's choice. */
    public OpenDataset activeDataset() {
        SampleRef ref = window.currentProperty().get();
        if (ref != null) {
            return ref.dataset();
        }
        var entry = window.library().selectedProperty().get();
        return entry == null ? null : entry.dataset();
    }

    /** Undoes the active dataset's last edit; false when there is none. */
    public boolean undo() {
        OpenDataset d = activeDataset();
        return d != null && d.session().undo();
    }

    /** Redoes the active dataset's last undone edit; false when there is none. */
    public boolean redo() {
        OpenDataset d = activeDataset();
        return d != null && d.session().redo();
    }

    /**
     * Saves every dataset with unsaved edits in its own format (with a backup of the old file).
     * Formats without a pose column (WFLW lists, LaPa) cannot keep pose labels: when edited faces
     * of such a dataset carry a pose, the user is asked first, since saving would leave the poses
     * out of the file.
     */
    public void saveAll() {
        int saved = 0;
        for (OpenDataset d : window.workspace().datasets()) {
            if (d.session().dirty() && !posesFit(d)) {
                continue;
            }
            if (d.session().dirty()) {
                try {
                    d.session().save();
                    saved++;
                } catch (IOException | RuntimeException e) {
                    error("Could not save " + d.name(), d.source() + ": " + e.getMessage());
                    return;
                }
            }
        }
        window.say(saved == 0 ? "Nothing to save" : "Saved " + saved + (saved == 1 ? " dataset" : " datasets"));
        update();
    }

    /** True when the dataset's format keeps poses, or none of its edited faces has one, or the user agrees. */
    private boolean posesFit(OpenDataset d) {
        if (!POSELESS_FORMATS.contains(d.format().id())) {
            return true;
        }
        long withPose = d.session().editedSamples().stream().filter(i -> d.sample(i).pose() != null).count();
        if (withPose == 0) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.setHeaderText(d.name() + ": the " + d.format().id() + " format has no pose column");
        ask.setContentText(withPose + " edited " + (withPose == 1 ? "face has" : "faces have")
                + " a pose label that this file cannot hold; saving writes everything else. "
                + "File > Export to pfpld or coco keeps the poses.");
        ButtonType saveAnyway = new ButtonType("Save without poses", ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(saveAnyway, ButtonType.CANCEL);
        return ask.showAndWait().orElse(ButtonType.CANCEL) == saveAnyway;
    }

    /**
     * Asks what to do with unsaved edits when the window is closed: save them, keep them in the
     * journal (the next start offers them again), or stay. True when the window may close.
     */
    public boolean confirmClose() {
        long dirty = window.workspace().datasets().stream().filter(d -> d.session().dirty()).count();
        if (dirty == 0) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.setTitle("Unsaved edits");
        ask.setHeaderText(dirty + (dirty == 1 ? " dataset has" : " datasets have") + " unsaved edits.");
        ask.setContentText("They are safe in the edit journal either way: if you close without saving, the next "
                + "start offers to recover them.");
        ButtonType saveAndClose = new ButtonType("Save and close", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Close, keep them in the journal", ButtonBar.ButtonData.OTHER);
        ask.getButtonTypes().setAll(saveAndClose, keep, ButtonType.CANCEL);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveAndClose) {
            saveAll();
            return window.workspace().datasets().stream().noneMatch(d -> d.session().dirty());
        }
        return answer == keep;
    }

    /** The window title: the studio's name, and how many datasets have unsaved edits. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Refreshes the Undo / Redo / Save items (their text names the edit) and the title. */
    void update() {
        OpenDataset d = activeDataset();
        boolean canUndo = d != null && d.session().history().canUndo();
        boolean canRedo = d != null && d.session().history().canRedo();
        undo.setText(canUndo ? "Undo " + d.session().history().undoDescription() : "Undo");
        redo.setText(canRedo ? "Redo " + d.session().history().redoDescription() : "Redo");
        undo.setDisable(!canUndo);
        redo.setDisable(!canRedo);
        long dirty = window.workspace().datasets().stream().filter(x -> x.session().dirty()).count();
        save.setDisable(dirty == 0);
        title.set(dirty == 0 ? "Landmark Studio" : "Landmark Studio — " + dirty + " unsaved");
    }

    /** Asks whether to replay the unsaved edits an earlier session left for {@code dataset}. */
    void offerRecovery(OpenDataset dataset, JournalRecovery recovery) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Unsaved edits found");
        alert.setHeaderText(dataset.name() + ": the studio stopped before these edits were saved.");
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
        if (recovery.datasetMatches()) {
            alert.setContentText(recovery.description());
            alert.getButtonTypes().setAll(recover, discard, later);
        } else {
            alert.setContentText(recovery.description() + "\n\nThey cannot be replayed: "
                    + recovery.mismatch().orElse("the dataset changed") + "\nThe journal is kept at " + recovery.journal());
            alert.getButtonTypes().setAll(discard, later);
        }
        ButtonType answer = alert.showAndWait().orElse(later);
        try {
            if (answer == recover) {
                recovery.replayInto(dataset.session());
            } else if (answer == discard) {
                recovery.discard();
            }
        } catch (IOException | RuntimeException e) {
            error("Could not recover the edits of " + dataset.name(), e.getMessage());
        }
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a dataset file (WFLW list, PFPLD list, COCO json, .mat)");
        List<File> files = chooser.showOpenMultipleDialog(window.getScene().getWindow());
        if (files != null) {
            window.load(files.stream().map(File::toPath).toList());
        }
    }

    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a dataset folder (LaPa, 300W-LP, AFLW2000-3D)");
        File dir = chooser.showDialog(window.getScene().getWindow());
        if (dir != null) {
            window.load(List.of(dir.toPath()));
        }
    }

    private void export() {
        OpenDataset d = activeDataset();
        if (d == null) {
            return;
        }
        List<String> ids = DatasetFormats.standard().all().stream().map(DatasetFormat::id).toList();
        ChoiceDialog<String> ask = new ChoiceDialog<>("coco", ids);
        ask.setTitle("Export " + d.name());
        ask.setHeaderText("Export the dataset as it is now (edits included) to another format.");
        ask.setContentText("Format:");
        ask.showAndWait().ifPresent(id -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export as " + id);
            File out = chooser.showSaveDialog(window.getScene().getWindow());
            if (out != null) {
                exportTo(d, DatasetFormats.standard().byId(id), out.toPath());
            }
        });
    }

    /** Writes {@code dataset} as it is now in {@code format} to {@code out}; the session's own file is untouched. */
    public void exportTo(OpenDataset dataset, DatasetFormat format, Path out) {
        try {
            dataset.session().saveAs(format, out);
            window.say("Exported " + dataset.name() + " as " + format.id() + " to " + out);
        } catch (IOException | RuntimeException e) {
            error("Could not export " + dataset.name(), out + ": " + e.getMessage());
        }
    }

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Landmark Studio shortcuts");
        TextArea text = new TextArea(ShortcutSheet.text());
        text.setEditable(false);
        text.setPrefSize(620, 420);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
