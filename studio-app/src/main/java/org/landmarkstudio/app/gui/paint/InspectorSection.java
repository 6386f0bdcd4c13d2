package org.landmarkstudio.app.gui.paint;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The frame of one inspector section (eyes, pose, attributes): a column of content whose height
 * follows the width it is given, because its captions wrap when the inspector is narrow.
 *
 * <p>A plain {@code VBox} would report its height for one width and then be laid out at another,
 * cutting off wrapped captions; this region asks its content for its height at the real width.
 */
public abstract class InspectorSection extends Region {

    /** The section's content, top to bottom; subclasses add their children here. */
    protected final VBox root = new VBox(8);

    protected InspectorSection() {
        getChildren().add(root);
    }

    @Override
    protected void layoutChildren() {
        root.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + root.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + root.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }
}
