package org.landmarkstudio.app.gui;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;
import org.landmarkstudio.app.gui.canvas.AnnotationCanvas;
import org.landmarkstudio.app.gui.attributes.AttributesPanel;
import org.landmarkstudio.app.gui.canvas.LandmarkPainter;
import org.landmarkstudio.app.gui.canvas.ViewTransform;
import org.landmarkstudio.app.gui.eyes.EyesInspector;
import org.landmarkstudio.app.gui.gallery.GalleryView;
import org.landmarkstudio.app.gui.gallery.ThumbnailCache;
import org.landmarkstudio.app.gui.library.LibraryPane;
import org.landmarkstudio.app.gui.mapping.SchemaMappingView;
import org.landmarkstudio.app.gui.paint.ComponentStyles;
import org.landmarkstudio.app.gui.paint.GroupColors;
import org.landmarkstudio.app.gui.pose.PoseGizmo;
import org.landmarkstudio.app.gui.pose.PosePanel;
import org.landmarkstudio.app.gui.problems.ProblemsPanel;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.SampleRef;
import org.landmarkstudio.app.gui.workspace.Workspace;
import org.landmarkstudio.core.edit.AttributesEdit;
import org.landmarkstudio.core.edit.Edit;
import org.landmarkstudio.core.edit.LandmarksEdit;
import org.landmarkstudio.core.edit.PoseEdit;
import org.landmarkstudio.core.edit.SessionChange;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.engine.pose.LandmarkPoseEstimator;

/**
 * The studio's main window: menus, library on the left, gallery and annotation tabs in the middle
 * (the annotation tab with its inspectors on the right), problems below, status bar at the bottom.
 *
 * <p>Every change a pane reports becomes an {@link Edit} of the current face's dataset session,
 * which journals it before the panes are told to show it; undo and redo go through the same
 * session, so the journal sees them too.
 */
public final class StudioWindow extends BorderPane {

    /** Thumbnail side in the gallery, pixels. */
    private static final int THUMBNAIL = 112;

    private final Workspace workspace;
    private final LibraryPane library;
    private final GalleryView gallery;
    private final AnnotationCanvas canvas;
    private final ProblemsPanel problems;
    private final VBox inspector = new VBox(16);
    private final EyesInspector eyes = new EyesInspector();
    private final PosePanel pose = new PosePanel();
    private final AttributesPanel attributes = new AttributesPanel();
    private final SchemaMappingView mapping = new SchemaMappingView();
    private final ScrollPane inspectorScroll = new ScrollPane(inspector);
    private final TabPane tabs = new TabPane();
    private final Tab galleryTab;
    private final Tab annotateTab;
    private final Tab mappingTab;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Ready");
    private final ObjectProperty<SampleRef> current = new SimpleObjectProperty<>();
    private final ThumbnailCache thumbnails = new ThumbnailCache(THUMBNAIL, 2000);
    private final StudioActions actions;
    /** Subset counts are redone once edits pause, not after every nudge. */
    private final PauseTransition recount = new PauseTransition(Duration.millis(400));
    private Path imagePath;
    private Image image;

    /**
     * @param workspace the datasets to show
     * @param preferences where the library keeps saved queries
     */
    public StudioWindow(Workspace workspace, Preferences preferences) {
        this.workspace = workspace;
        getStyleClass().add("studio-window");
        library = new LibraryPane(workspace, preferences);
        gallery = new GalleryView(thumbnails);
        canvas = new AnnotationCanvas(new LandmarkPainter(GroupColors::of));
        canvas.addOverlay(StudioWindow::poseCube);
        problems = new ProblemsPanel(workspace);
        actions = new StudioActions(this);
        inspector.setId("inspector");
        inspector.getStyleClass().add("inspector");
        inspector.setPadding(new Insets(8));
        inspector.getChildren().addAll(eyes, pose, attributes);
        inspectorScroll.setFitToWidth(true);
        inspectorScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        inspectorScroll.getStyleClass().add("inspector-scroll");
        BorderPane canvasArea = new BorderPane(canvas);
        canvasArea.setTop(actions.canvasToolBar());
        SplitPane annotate = new SplitPane(canvasArea, inspectorScroll);
        annotate.setDividerPositions(0.6);
        inspectorScroll.setMinWidth(440);
        SplitPane.setResizableWithParent(inspectorScroll, false);
        galleryTab = new Tab("Gallery", gallery);
        annotateTab = new Tab("Annotate", annotate);
        mappingTab = new Tab("Schemas", mapping);
        for (Tab t : List.of(galleryTab, annotateTab, mappingTab)) {
            t.setClosable(false);
        }
        tabs.getTabs().addAll(galleryTab, annotateTab, mappingTab);
        tabs.setId("main-tabs");

        library.selectedProperty().addListener((o, old, entry) -> {
            if (entry != null && old != null && entry.dataset() == old.dataset() && entry.label().equals(old.label())) {
                return;
            }
            gallery.setFaces(entry == null ? List.of() : entry.samples());
            tabs.getSelectionModel().select(galleryTab);
        });
        recount.setOnFinished(e -> library.refresh());
        gallery.selectedFaceProperty().addListener((o, old, ref) -> {
            if (ref != null) {
                current.set(ref);
            }
        });
        gallery.setOnOpen(ref -> {
            current.set(ref);
            showAnnotate();
            canvas.requestFocus();
        });
        gallery.setEdited(ref -> ref.dataset().edited(ref.index()));
        current.addListener((o, old, ref) -> show(ref));
        canvas.setOnLandmarksEdited(this::editLandmarks);
        eyes.setOnLandmarksEdited(this::editLandmarks);
        eyes.setOnAttributesEdited(this::editAttributes);
        pose.setOnPoseEdited(this::editPose);
        pose.setEstimator(this::estimatePose);
        attributes.setOnAttributesEdited(this::editAttributes);
        workspace.datasets().addListener((ListChangeListener<OpenDataset>) c -> {
            while (c.next()) {
                for (OpenDataset d : c.getAddedSubList()) {
                    d.session().addListener(change -> Platform.runLater(() -> changed(d, change)));
                    d.recovery().ifPresent(r -> Platform.runLater(() -> actions.offerRecovery(d, r)));
                }
            }
        });

        SplitPane centre = new SplitPane(tabs, problems);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.97);
        problems.getItems().addListener((ListChangeListener<ProblemsPanel.Row>) c ->
                centre.setDividerPositions(problems.getItems().isEmpty() ? 0.97 : 0.8));
        SplitPane main = new SplitPane(library, centre);
        main.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(library, false);
        setTop(actions.menuBar());
        setCenter(main);
        setBottom(statusBar());
    }

    /** Applies the studio's stylesheets to {@code scene}. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(StudioWindow.class.getResource("studio.css").toExternalForm());
        scene.getStylesheets().add(ComponentStyles.stylesheet());
    }

    /** PFPLD's pose cube on the face, centred on its box, as wide as half the box. */
    private static void poseCube(GraphicsContext g, ViewTransform view, FaceSample sample) {
        if (sample.pose() != null) {
            Box box = sample.boxOrBounds();
            PoseGizmo.draw(g, sample.pose(), view.toScreenX(box.centerX()), view.toScreenY(box.centerY()),
                    box.width() * view.scale() * 0.5, 0.85);
        }
    }

    /**
     * Starts loading {@code paths} in the background; the status bar shows the progress. A dataset
     * that is already open is not opened again (two sessions would share one journal).
     */
    public Task<Integer> load(List<Path> paths) {
        List<Path> fresh = paths.stream().map(p -> p.toAbsolutePath().normalize()).distinct()
                .filter(p -> workspace.datasets().stream().noneMatch(d -> d.source().toAbsolutePath().normalize().equals(p)))
                .toList();
        Task<Integer> task = workspace.open(fresh);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> finished(null));
        task.setOnFailed(e -> finished(task.getException()));
        return task;
    }

    private void finished(Throwable failure) {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setProgress(1);
        status.setText(failure == null ? workspace.datasets().size() + " datasets open"
                : "Some datasets could not be opened: " + failure.getMessage());
        if (library.selectedProperty().get() == null && !workspace.datasets().isEmpty()) {
            library.select(workspace.datasets().get(0).name());
        }
    }

    /** The open datasets. */
    public Workspace workspace() {
        return workspace;
    }

    /** The library pane. */
    public LibraryPane library() {
        return library;
    }

    /** The gallery. */
    public GalleryView gallery() {
        return gallery;
    }

    /** The annotation canvas. */
    public AnnotationCanvas canvas() {
        return canvas;
    }

    /** The eyes inspector of the annotation tab. */
    public EyesInspector eyes() {
        return eyes;
    }

    /** The head-pose panel of the annotation tab. */
    public PosePanel pose() {
        return pose;
    }

    /** The attributes panel of the annotation tab. */
    public AttributesPanel attributes() {
        return attributes;
    }

    /** The schema mapping view. */
    public SchemaMappingView mapping() {
        return mapping;
    }

    /** The menu actions (save, undo, redo, export...). */
    public StudioActions actions() {
        return actions;
    }

    /** The face being annotated. */
    public ObjectProperty<SampleRef> currentProperty() {
        return current;
    }

    /** Shows the gallery tab. */
    public void showGallery() {
        tabs.getSelectionModel().select(galleryTab);
    }

    /** Shows the annotation tab. */
    public void showAnnotate() {
        tabs.getSelectionModel().select(annotateTab);
    }

    /** Says {@code message} in the status bar. */
    public void say(String message) {
        status.textProperty().unbind();
        status.setText(message);
    }

    /**
     * Shows {@code view} of face {@code index} of {@code dataset}, as a user would get there:
     * the dataset chosen in the library, the face selected in the gallery, then the view's tab.
     */
    public void present(StudioView view, OpenDataset dataset, int index) {
        library.select(dataset.name());
        SampleRef ref = new SampleRef(dataset, index);
        gallery.selectedFaceProperty().set(ref);
        current.set(ref);
        switch (view) {
            case GALLERY -> showGallery();
            case MAPPING -> tabs.getSelectionModel().select(mappingTab);
            case ANNOTATE -> showAnnotate();
            case EYES -> {
                showAnnotate();
                inspectorScroll.setVvalue(0);
            }
            case POSE -> {
                showAnnotate();
                inspectorScroll.layout();
                inspectorScroll.setVvalue(pose.getBoundsInParent().getMinY()
                        / Math.max(1, inspector.getHeight() - inspectorScroll.getViewportBounds().getHeight()));
            }
        }
    }

    /** Whether nothing is still loading: thumbnails made, the current image decoded. */
    public boolean settled() {
        return thumbnails.idle() && (image == null || image.getProgress() >= 1);
    }

    /** Journals an edit of the current face's landmarks. */
    public void editLandmarks(String description, Landmarks after) {
        SampleRef ref = current.get();
        if (ref != null) {
            apply(ref, new LandmarksEdit(ref.index(), ref.sample().landmarks(), after, description));
        }
    }

    /** Journals an edit of the current face's pose. */
    public void editPose(String description, HeadPose after) {
        SampleRef ref = current.get();
        if (ref != null) {
            apply(ref, new PoseEdit(ref.index(), ref.sample().pose(), after, description));
        }
    }

    /** Journals an edit of the current face's attributes. */
    public void editAttributes(String description, FaceAttributes after) {
        SampleRef ref = current.get();
        if (ref != null) {
            apply(ref, new AttributesEdit(ref.index(), ref.sample().attributes(), after, description));
        }
    }

    /**
     * PFPLD's solvePnP pose from the face's landmarks, with the camera centred on the image
     * ({@link LandmarkPoseEstimator#studioDefault}); null, with the reason in the status bar, when
     * too few tracked points are labelled or the fit is a mirror image.
     */
    private HeadPose estimatePose(FaceSample sample) {
        if (image == null || image.getProgress() < 1 || image.isError()) {
            say("The pose estimate needs the face's image size: the image has not loaded");
            return null;
        }
        try {
            return LandmarkPoseEstimator.studioDefault((int) image.getWidth(), (int) image.getHeight())
                    .estimate(sample.landmarks());
        } catch (IllegalArgumentException e) {
            say("No pose estimate: " + e.getMessage());
            return null;
        }
    }

    private void apply(SampleRef ref, Edit edit) {
        try {
            ref.dataset().apply(edit);
        } catch (UncheckedIOException e) {
            say("Not applied, the edit journal could not be written: " + e.getCause().getMessage());
            show(ref);
        }
    }

    /** A session changed (edit, undo, redo, save, replay): show the faces as they are now. */
    private void changed(OpenDataset dataset, SessionChange change) {
        SampleRef ref = current.get();
        if (ref != null && ref.dataset() == dataset) {
            show(ref);
        }
        gallery.refresh();
        if (change.kind() != SessionChange.Kind.SAVED) {
            recount.playFromStart();
        }
        actions.update();
        say(switch (change.kind()) {
            case EDIT -> "Edited (journaled): " + dataset.session().history().undoDescription();
            case UNDO -> "Undone";
            case REDO -> "Redone";
            case SAVED -> "Saved " + dataset.source();
            case REPLAYED -> "Recovered the unsaved edits of " + dataset.name();
        });
    }

    private void show(SampleRef ref) {
        if (ref == null) {
            canvas.setSample(null, null);
            eyes.setSample(null, null);
            pose.setSample(null);
            attributes.setSample(null);
            mapping.setSample(null, null);
            return;
        }
        FaceSample sample = ref.sample();
        Path path = sample.image().resolved();
        if (path != null && !path.equals(imagePath)) {
            imagePath = path;
            image = new Image(path.toUri().toString(), true);
            Image loading = image;
            loading.progressProperty().addListener((o, old, p) -> {
                if (p.doubleValue() >= 1 && loading == image && current.get() != null) {
                    showPanes(current.get().sample(), loading.isError() ? null : loading);
                }
            });
        }
        showPanes(sample, image != null && image.getProgress() >= 1 && !image.isError() ? image : null);
    }

    private void showPanes(FaceSample sample, Image loaded) {
        canvas.setSample(sample, loaded);
        eyes.setSample(sample, loaded);
        pose.setSample(sample);
        attributes.setSample(sample);
        mapping.setSample(sample, loaded);
    }

    private HBox statusBar() {
        HBox bar = new HBox(8, progress, status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        progress.setPrefWidth(160);
        HBox.setHgrow(status, Priority.ALWAYS);
        return bar;
    }
}
