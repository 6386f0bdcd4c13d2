package org.landmarkstudio.app.gui.gallery;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.landmarkstudio.app.gui.workspace.SampleRef;

/**
 * One cell of the gallery grid: a face thumbnail with its badges and its index, reused as the
 * grid scrolls (it is re-pointed at another face, never rebuilt).
 *
 * <p>Badge labels are pooled and the tile has one tooltip explaining all its badges: creating
 * labels and tooltips per update made each scroll step cost tens of milliseconds of layout.
 */
final class FaceTile extends StackPane {

    private final ImageView image = new ImageView();
    private final FlowPane badges = new FlowPane(3, 3);
    private final Label index = new Label();
    private final List<Label> badgePool = new ArrayList<>();
    private final Tooltip tooltip = new Tooltip();
    private SampleRef ref;

    FaceTile(int size) {
        getStyleClass().add("face-tile");
        setPrefSize(size + 8, size + 8);
        setMinSize(size + 8, size + 8);
        setMaxSize(size + 8, size + 8);
        image.setFitWidth(size);
        image.setFitHeight(size);
        badges.setAlignment(Pos.BOTTOM_LEFT);
        badges.setPadding(new Insets(4));
        badges.setMouseTransparent(false);
        index.getStyleClass().add("tile-index");
        StackPane.setAlignment(index, Pos.TOP_RIGHT);
        StackPane.setMargin(index, new Insets(4));
        getChildren().addAll(image, badges, index);
        Tooltip.install(this, tooltip);
    }

    SampleRef ref() {
        return ref;
    }

    /** Points the tile at {@code face} (null: an empty slot at the end of the last row). */
    void show(SampleRef face, ThumbnailCache thumbnails, boolean edited, boolean selected) {
        this.ref = face;
        setVisible(face != null);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
        if (face == null) {
            image.setImage(null);
            return;
        }
        index.setText(Integer.toString(face.index()));
        image.setImage(thumbnails.request(face, img -> {
            if (face.equals(ref)) {
                image.setImage(img);
            }
        }));
        List<FaceBadges.Badge> list = FaceBadges.of(face.sample(), edited);
        while (badgePool.size() < list.size()) {
            badgePool.add(new Label());
        }
        StringBuilder explain = new StringBuilder("face ").append(face.index());
        for (int i = 0; i < list.size(); i++) {
            FaceBadges.Badge b = list.get(i);
            Label l = badgePool.get(i);
            l.setText(b.text());
            if (!l.getStyleClass().contains(b.styleClass())) {
                l.getStyleClass().setAll("label", "badge", b.styleClass());
            }
            explain.append('\n').append(b.text()).append("  ").append(b.tooltip());
        }
        if (!badges.getChildren().equals(badgePool.subList(0, list.size()))) {
            badges.getChildren().setAll(badgePool.subList(0, list.size()));
        }
        tooltip.setText(explain.toString());
    }
}
