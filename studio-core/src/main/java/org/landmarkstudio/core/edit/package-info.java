/**
 * Editing annotations without ever losing work: edits as undoable values, an append-only
 * journal on disk, and sessions that save a dataset in its own format and recover after a
 * crash.
 *
 * <p>An {@link org.landmarkstudio.core.edit.Edit} replaces one part of one sample (landmarks,
 * pose, attributes or box) and carries the value before and after, so it can be undone, written
 * down, and checked against the state it is applied to. An
 * {@link org.landmarkstudio.core.edit.AnnotationSession} holds the editable state of one
 * dataset: every edit, undo and redo is appended to its
 * {@link org.landmarkstudio.core.edit.EditJournal} and forced to the disk before the state
 * changes and listeners are told, so the screen never shows an edit that a crash could lose.
 * Saving writes the dataset's own format atomically with a {@code .bak} of the previous file;
 * opening a dataset whose last session did not save offers a
 * {@link org.landmarkstudio.core.edit.JournalRecovery}, which replays the unsaved edits only
 * onto the exact files they were made on.
 *
 * <p>Plain Java, no GUI toolkit: listeners are called on the thread that made the change.
 */
package org.landmarkstudio.core.edit;
