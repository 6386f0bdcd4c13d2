package org.landmarkstudio.app.gui.paint;

/**
 * Locates the stylesheet of the inspector components ({@code components.css}), which each
 * component adds to itself so that it looks the same in the window, in a test and in a
 * snapshot. Its rules are scoped by the components' {@code ls-} style classes and leave the
 * window's own stylesheet alone.
 */
public final class ComponentStyles {

    private static final String PATH = "/org/landmarkstudio/app/gui/components.css";

    private ComponentStyles() {
    }

    /** The stylesheet URL, for {@code getStylesheets().add(...)}. */
    public static String stylesheet() {
        return ComponentStyles.class.getResource(PATH).toExternalForm();
    }
}
