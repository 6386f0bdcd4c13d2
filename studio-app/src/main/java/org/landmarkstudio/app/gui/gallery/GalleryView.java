package org.landmarkstudio.app.gui.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.landmarkstudio.app.gui.workspace.SampleRef;

/**
 * A grid of face thumbnails over any list of faces (a dataset, a subset, a query), virtualized:
 * only the rows on screen exist as nodes, so 10,000 faces cost what 40 do.
 *
 * <p>The grid is a list of rows whose width follows the pane. Arrow keys move the selection
 * (up/down by a row), Home/End jump to the ends, Enter or a double click opens the face.
 */
public final class GalleryView extends ListView<List<SampleRef>> {

    private final ThumbnailCache thumbnails;
    private final ObjectProperty<SampleRef> selected = new SimpleObjectProperty<>();
    private final List<SampleRef> faces = new ArrayList<>();
    private Predicate<SampleRef> edited = ref -> false;
    private Consumer<SampleRef> onOpen = ref -> { };
    private int columns = 1;

    public GalleryView(ThumbnailCache thumbnails) {
        this.thumbnails = thumbnails;
        getStyleClass().add("gallery");
        setId("gallery");
        setCellFactory(list -> new RowCell());
        setFixedCellSize(thumbnails.size() + 16);
        widthProperty().addListener((o, old, w) -> relayout());
        selected.addListener((o, old, ref) -> {
            int at = faces.indexOf(ref);
            if (at >= 0) {
                scrollTo(Math.max(0, at / columns - 1));
            }
            refresh();
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::navigate);
    }

    /** The faces to show, in order. */
    public void setFaces(List<SampleRef> list) {
        faces.clear();
        faces.addAll(list);
        if (selected.get() != null && !faces.contains(selected.get())) {
            selected.set(null);
        }
        relayout();
        scrollTo(0);
    }

    /** The faces shown. */
    public List<SampleRef> faces() {
        return List.copyOf(faces);
    }

    /** Which faces carry the unsaved-edits badge. */
    public void setEdited(Predicate<SampleRef> edited) {
        this.edited = edited;
        refresh();
    }

    /** Called with a face when the user opens it (Enter or double click). */
    public void setOnOpen(Consumer<SampleRef> onOpen) {
        this.onOpen = onOpen;
    }

    /** The selected face, or null. */
    public ObjectProperty<SampleRef> selectedFaceProperty() {
        return selected;
    }

    /** Thumbnails per row at the current width. */
    public int columns() {
        return columns;
    }

    private void relayout() {
        double width = getWidth() > 0 ? getWidth() : 800;
        columns = Math.max(1, (int) ((width - 24) / (thumbnails.size() + 12)));
        ObservableList<List<SampleRef>> rows = FXCollections.observableArrayList();
        for (int i = 0; i < faces.size(); i += columns) {
            rows.add(List.copyOf(faces.subList(i, Math.min(faces.size(), i + columns))));
        }
        setItems(rows);
    }

    private void navigate(KeyEvent e) {
        if (faces.isEmpty()) {
            return;
        }
        int at = Math.max(0, faces.indexOf(selected.get()));
        int next;
        switch (e.getCode()) {
            case RIGHT -> next = at + 1;
            case LEFT -> next = at - 1;
            case DOWN -> next = at + columns;
            case UP -> next = at - columns;
            case HOME -> next = 0;
            case END -> next = faces.size() - 1;
            case ENTER -> {
                if (selected.get() != null) {
                    onOpen.accept(selected.get());
                }
                e.consume();
                return;
            }
            default -> {
                return;
            }
        }
        selected.set(faces.get(Math.max(0, Math.min(faces.size() - 1, next))));
        e.consume();
    }

    /** One row of tiles. */
    private final class RowCell extends ListCell<List<SampleRef>> {

        private final HBox box = new HBox(4);
        private final List<FaceTile> tiles = new ArrayList<>();

        RowCell() {
            box.setPadding(new Insets(2, 4, 2, 4));
            getStyleClass().add("gallery-row");
        }

        @Override
        protected void updateItem(List<SampleRef> row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            while (tiles.size() < columns) {
                FaceTile tile = new FaceTile(thumbnails.size());
                tile.setOnMouseClicked(e -> {
                    if (tile.ref() != null && e.getButton() == MouseButton.PRIMARY) {
                        selected.set(tile.ref());
                        requestFocus();
                        if (e.getClickCount() == 2) {
                            onOpen.accept(tile.ref());
                        }
                    }
                });
                tiles.add(tile);
            }
            if (box.getChildren().size() != columns) {
                box.getChildren().setAll(tiles.subList(0, columns));
            }
            for (int i = 0; i < columns; i++) {
                SampleRef ref = i < row.size() ? row.get(i) : null;
                tiles.get(i).show(ref, thumbnails, ref != null && edited.test(ref), ref != null && ref.equals(selected.get()));
            }
            setGraphic(box);
        }
    }
}
