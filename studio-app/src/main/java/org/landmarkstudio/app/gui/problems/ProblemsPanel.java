package org.landmarkstudio.app.gui.problems;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;
import org.landmarkstudio.core.dataset.Problem;

/**
 * Every problem the readers reported for the open datasets (a malformed line, a missing image),
 * one row each with dataset, file, line or variable, and message, so a user can fix the file.
 * The samples that did load are in the gallery as usual.
 */
public final class ProblemsPanel extends TableView<ProblemsPanel.Row> {

    /**
     * One problem of one dataset.
     *
     * @param dataset the dataset's name in the library
     * @param problem what its reader reported
     */
    public record Row(String dataset, Problem problem) {
    }

    public ProblemsPanel(Workspace workspace) {
        setId("problems");
        getStyleClass().add("problems-panel");
        setPlaceholder(new Label("No problems: every line of every open dataset loaded."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("Dataset", 160, r -> r.dataset()));
        getColumns().add(column("File", 240, r -> r.problem().file() == null ? "" : r.problem().file().getFileName().toString()));
        getColumns().add(column("Line", 60, r -> r.problem().line() > 0 ? Integer.toString(r.problem().line())
                : r.problem().location() == null ? "" : r.problem().location()));
        getColumns().add(column("Problem", 500, r -> r.problem().message()));
        workspace.datasets().addListener((ListChangeListener<OpenDataset>) c -> {
            getItems().clear();
            for (OpenDataset d : workspace.datasets()) {
                for (Problem p : d.problems()) {
                    getItems().add(new Row(d.name(), p));
                }
            }
        });
    }

    private static TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
