package org.landmarkstudio.core.edit;

import java.nio.file.Path;
import java.util.List;
import org.landmarkstudio.core.dataset.Problem;

/**
 * What was read back from an edit journal: its header, every entry up to the first damaged
 * line, and the problems found.
 *
 * @param file     the journal file
 * @param header   the header, or {@code null} when the first line is missing or damaged
 * @param entries  the complete entries, in order
 * @param problems damaged lines, each naming the journal file and its 1-based line
 */
public record JournalContents(Path file, JournalHeader header, List<JournalEntry> entries,
                              List<Problem> problems) {

    public JournalContents {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
