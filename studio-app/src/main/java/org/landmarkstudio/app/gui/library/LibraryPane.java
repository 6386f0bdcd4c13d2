package org.landmarkstudio.app.gui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.landmarkstudio.app.gui.paint.Icons;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;
import org.landmarkstudio.core.subset.Subset;
import org.landmarkstudio.core.subset.SubsetCatalog;
import org.landmarkstudio.core.subset.SubsetCount;
import org.landmarkstudio.core.subset.SubsetQuery;

/**
 * The left pane: every open dataset with its subsets and their counts, and a query field.
 *
 * <p>Typing a query (the dataset layer's syntax: {@code closed-eye & !occlusion},
 * {@code source:lapa | large-pose}) and pressing Enter adds it as a saved query under every
 * dataset, with its count, and selects it; saved queries are kept in the user's preferences so
 * they come back next time. A query that does not parse is shown in red with the parser's message
 * and nothing is added.
 */
public final class LibraryPane extends VBox {

    private static final String QUERIES_KEY = "savedQueries";

    private final TreeView<LibraryEntry> tree = new TreeView<>();
    private final TextField query = new TextField();
    private final Label queryError = new Label();
    private final ReadOnlyObjectWrapper<LibraryEntry> selected = new ReadOnlyObjectWrapper<>();
    private final List<String> savedQueries = new ArrayList<>();
    private final Preferences preferences;
    private final Workspace workspace;
    /** Set while the tree is rebuilt, so the transient loss of selection is not reported. */
    private boolean rebuilding;

    /**
     * @param workspace the open datasets to show
     * @param preferences where saved queries are kept (a test passes a node of its own)
     */
    public LibraryPane(Workspace workspace, Preferences preferences) {
        this.workspace = workspace;
        this.preferences = preferences;
        getStyleClass().add("library-pane");
        setSpacing(8);
        setPadding(new Insets(8));
        savedQueries.addAll(loadQueries());
        query.setPromptText("Query, e.g. closed-eye & !occlusion");
        query.setTooltip(new Tooltip("Subsets: closed-eye, closed-left, closed-right, closed-both, pose, expression,\n"
                + "illumination, makeup, occlusion, blur, large-pose, has-pose, source:NAME.\n"
                + "Combine with & | ! and parentheses; Enter saves the query."));
        query.setId("library-query");
        query.setOnAction(e -> addQuery(query.getText()));
        queryError.getStyleClass().add("error-text");
        queryError.setWrapText(true);
        queryError.setManaged(false);
        queryError.setVisible(false);
        tree.setId("library-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(LibraryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.toString());
                setGraphic(empty || entry == null ? null : Icons.get(iconOf(entry), 14));
            }
        });
        tree.setRoot(new TreeItem<>());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!rebuilding) {
                selected.set(item == null ? null : item.getValue());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label title = new Label("Library");
        title.getStyleClass().add("pane-title");
        HBox search = new HBox(6, Icons.get("search", 16), query);
        search.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(query, Priority.ALWAYS);
        getChildren().addAll(title, search, queryError, tree);
        workspace.datasets().addListener((ListChangeListener<OpenDataset>) c -> rebuild());
        rebuild();
    }

    /** The entry chosen by the user, or null. */
    public ReadOnlyObjectProperty<LibraryEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Selects the first entry whose label equals {@code label} (under any dataset); false if none. */
    public boolean select(String label) {
        for (TreeItem<LibraryEntry> dataset : tree.getRoot().getChildren()) {
            if (dataset.getValue().label().equals(label)) {
                tree.getSelectionModel().select(dataset);
                return true;
            }
            for (TreeItem<LibraryEntry> child : dataset.getChildren()) {
                if (child.getValue().label().equals(label)) {
                    dataset.setExpanded(true);
                    tree.getSelectionModel().select(child);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Recounts every subset, after edits that may move faces between subsets; the selected line
     * stays selected (as a new entry with the same dataset and label, so listeners can tell).
     */
    public void refresh() {
        rebuild();
    }

    private void reselect(LibraryEntry entry) {
        for (TreeItem<LibraryEntry> dataset : tree.getRoot().getChildren()) {
            if (dataset.getValue().dataset() != entry.dataset()) {
                continue;
            }
            if (entry.subset() == null) {
                tree.getSelectionModel().select(dataset);
                return;
            }
            for (TreeItem<LibraryEntry> child : dataset.getChildren()) {
                if (child.getValue().label().equals(entry.label())) {
                    dataset.setExpanded(true);
                    tree.getSelectionModel().select(child);
                    return;
                }
            }
        }
    }

    private void addQuery(String text) {
        String q = text.strip();
        if (q.isEmpty()) {
            return;
        }
        try {
            SubsetQuery.parse(q);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        }
        showError(null);
        if (!savedQueries.contains(q)) {
            savedQueries.add(q);
            preferences.put(QUERIES_KEY, String.join("\n", savedQueries));
        }
        LibraryEntry current = selected.get();
        rebuild();
        for (TreeItem<LibraryEntry> dataset : tree.getRoot().getChildren()) {
            if (current == null || dataset.getValue().dataset() == current.dataset()) {
                dataset.setExpanded(true);
                for (TreeItem<LibraryEntry> child : dataset.getChildren()) {
                    if (child.getValue().label().equals(queryLabel(q))) {
                        tree.getSelectionModel().select(child);
                        return;
                    }
                }
            }
        }
    }

    private void showError(String message) {
        queryError.setText(message == null ? "" : message);
        queryError.setVisible(message != null);
        queryError.setManaged(message != null);
    }

    private List<String> loadQueries() {
        String stored = preferences.get(QUERIES_KEY, "");
        List<String> out = new ArrayList<>();
        for (String q : stored.split("\n")) {
            if (!q.isBlank()) {
                out.add(q);
            }
        }
        return out;
    }

    /** The icon of a library line: dataset, closed eyes, pose, query, or none. */
    private static String iconOf(LibraryEntry entry) {
        String label = entry.label();
        if (entry.subset() == null) {
            return "dataset";
        }
        if (label.startsWith("closed-")) {
            return "eye-closed";
        }
        if (label.equals("pose") || label.equals("large-pose") || label.equals("has-pose")) {
            return "cube";
        }
        return label.startsWith("query: ") ? "search" : "labels";
    }

    private static String queryLabel(String q) {
        return "query: " + q;
    }

    private void rebuild() {
        LibraryEntry keep = selected.get();
        rebuilding = true;
        try {
            fill();
            if (keep != null) {
                reselect(keep);
            }
        } finally {
            rebuilding = false;
        }
        TreeItem<LibraryEntry> item = tree.getSelectionModel().getSelectedItem();
        selected.set(item == null ? null : item.getValue());
    }

    private void fill() {
        TreeItem<LibraryEntry> root = tree.getRoot();
        java.util.Set<OpenDataset> expanded = new java.util.HashSet<>();
        for (TreeItem<LibraryEntry> d : root.getChildren()) {
            if (d.isExpanded()) {
                expanded.add(d.getValue().dataset());
            }
        }
        boolean first = root.getChildren().isEmpty();
        List<TreeItem<LibraryEntry>> items = new ArrayList<>();
        for (OpenDataset dataset : workspace.datasets()) {
            TreeItem<LibraryEntry> node = new TreeItem<>(new LibraryEntry(dataset, null, dataset.name(), dataset.size()));
            node.setExpanded(expanded.contains(dataset) || first && items.isEmpty());
            for (SubsetCount count : SubsetCatalog.DEFAULT.count(dataset.samples())) {
                if (count.count() == 0 && count.name().startsWith("source:")) {
                    continue;
                }
                Subset subset = SubsetCatalog.DEFAULT.byName(count.name());
                node.getChildren().add(new TreeItem<>(new LibraryEntry(dataset, subset, count.name(), count.count())));
            }
            for (String q : savedQueries) {
                Subset subset = SubsetQuery.parse(q);
                int n = (int) dataset.samples().stream().filter(subset::contains).count();
                node.getChildren().add(new TreeItem<>(new LibraryEntry(dataset, subset, queryLabel(q), n)));
            }
            items.add(node);
        }
        root.getChildren().setAll(items);
    }
}
