package org.landmarkstudio.core.edit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The first line of an edit journal: which dataset, in which state, the entries apply to.
 *
 * @param version     the journal format version ({@link EditJournal#VERSION})
 * @param session     a random id of the session that wrote the journal
 * @param dataset     the dataset's absolute source path
 * @param format      the id of the dataset's format
 * @param fingerprint the dataset's files when the session started or was last saved
 */
public record JournalHeader(int version, String session, Path dataset, String format,
                            DatasetFingerprint fingerprint) {

    public JournalHeader {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
