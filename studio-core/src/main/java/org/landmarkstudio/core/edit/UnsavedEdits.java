package org.landmarkstudio.core.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The edits of a journal that are not in the dataset on disk: the entries after the last
 * "saved" marker, with undo and redo folded in, and the dataset state they apply to.
 *
 * <p>Folding keeps the net effect in order: an undo right after the edit it undoes cancels
 * it, as does a redo right after the undone edit's inverse; an undo of an edit made before
 * the save (its "do" is not in this part of the journal) becomes that edit's inverse.
 *
 * @param baseline the fingerprint of the dataset files the edits apply to
 * @param edits    the net edits, in the order to apply them
 */
record UnsavedEdits(DatasetFingerprint baseline, List<Edit> edits) {

    UnsavedEdits {
        edits = List.copyOf(edits);
    }

    /** The unsaved edits of a journal whose header was read. */
    static UnsavedEdits of(JournalContents contents) {
        DatasetFingerprint baseline = contents.header().fingerprint();
        List<Edit> net = new ArrayList<>();
        for (JournalEntry entry : contents.entries()) {
            switch (entry.op()) {
                case SAVED -> {
                    baseline = entry.saved();
                    net.clear();
                }
                case DO -> net.add(entry.edit());
                case UNDO -> cancelOrAdd(net, entry.edit(), entry.edit().inverse());
                case REDO -> cancelOrAdd(net, entry.edit().inverse(), entry.edit());
            }
        }
        return new UnsavedEdits(baseline, net);
    }

    private static void cancelOrAdd(List<Edit> net, Edit cancelled, Edit otherwise) {
        if (!net.isEmpty() && net.get(net.size() - 1).equals(cancelled)) {
            net.remove(net.size() - 1);
        } else {
            net.add(otherwise);
        }
    }
}
