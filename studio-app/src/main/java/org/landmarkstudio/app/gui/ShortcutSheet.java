package org.landmarkstudio.app.gui;

import java.util.List;

/**
 * The studio's keyboard and mouse shortcuts, as shown by Help > Keyboard shortcuts; the same
 * list is in docs/SHORTCUTS.md (a test keeps the two in step).
 */
public final class ShortcutSheet {

    /**
     * One shortcut.
     *
     * @param keys what to press or do
     * @param action what it does
     */
    public record Shortcut(String keys, String action) {
    }

    /** Every shortcut, grouped by where it works. */
    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+O", "Open a dataset file"),
            new Shortcut("Ctrl+S", "Save every dataset with unsaved edits, in its own format"),
            new Shortcut("Ctrl+Z", "Undo the last edit of the current dataset"),
            new Shortcut("Ctrl+Shift+Z", "Redo"),
            new Shortcut("Gallery: arrow keys", "Move the selection; Up/Down by a row"),
            new Shortcut("Gallery: Home / End", "First / last face"),
            new Shortcut("Gallery: Enter or double click", "Annotate the selected face"),
            new Shortcut("Canvas: mouse wheel", "Zoom about the cursor"),
            new Shortcut("Canvas: right or middle drag", "Pan"),
            new Shortcut("Canvas: click / Shift+click", "Select a point / add it to the selection"),
            new Shortcut("Canvas: drag a point", "Move the selected points (one undoable edit)"),
            new Shortcut("Canvas: drag on the image", "Select the points inside the rectangle"),
            new Shortcut("Canvas: arrow keys", "Nudge the selection by 1 image pixel (Shift: 10)"),
            new Shortcut("Canvas: Tab / Shift+Tab", "Select the next / previous point in schema order"),
            new Shortcut("Canvas: U or Delete", "Mark the selected points unlabelled"),
            new Shortcut("Canvas: click with an unlabelled point selected", "Place (label) that point there"),
            new Shortcut("Canvas: I", "Show or hide every point's index"),
            new Shortcut("Canvas: F / 1", "Fit the image / show it at actual size"),
            new Shortcut("Canvas: Escape", "Clear the selection"));

    private ShortcutSheet() {
    }

    /** The sheet as text, one shortcut per line. */
    public static String text() {
        StringBuilder s = new StringBuilder();
        for (Shortcut k : ALL) {
            s.append(k.keys()).append(" — ").append(k.action()).append('\n');
        }
        return s.toString();
    }
}
