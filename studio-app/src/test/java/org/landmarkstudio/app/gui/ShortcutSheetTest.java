package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShortcutSheetTest {

    @Test
    void docsShortcutsListsEveryShortcutOfTheHelpSheet() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "SHORTCUTS.md"));
        for (ShortcutSheet.Shortcut s : ShortcutSheet.ALL) {
            String row = "| " + s.keys() + " | " + s.action() + " |";
            assertTrue(doc.contains(row), "docs/SHORTCUTS.md lacks the row " + row);
        }
    }
}
