package org.landmarkstudio.core.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of an annotation session: which edit Ctrl+Z undoes and which one
 * Ctrl+Shift+Z redoes.
 *
 * <p>A new edit clears the redo stack, as in every editor: after undoing and then editing,
 * the undone edits no longer fit the state and cannot be redone. The history only keeps
 * the stacks; {@link AnnotationSession} applies the edits, journals them and is the only one to
 * change the stacks, so a view can read them (for the Edit menu) but not bypass the journal.
 * Thread safe: a view may read it on its own thread while the session changes it.
 */
public final class EditHistory {

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    /** Records a new edit: it becomes the one to undo, and the redo stack is cleared. */
    synchronized void push(Edit edit) {
        undo.push(edit);
        redo.clear();
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit {@link #undo()} would undo. */
    public synchronized Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit {@link #redo()} would redo. */
    public synchronized Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** The description of the edit to undo, for "Undo Move point 61", or {@code null}. */
    public synchronized String undoDescription() {
        return nextUndo().map(Edit::description).orElse(null);
    }

    /** The description of the edit to redo, or {@code null}. */
    public synchronized String redoDescription() {
        return nextRedo().map(Edit::description).orElse(null);
    }

    /**
     * Moves the latest edit to the redo stack and returns it (the caller applies its inverse).
     *
     * @throws IllegalStateException when there is nothing to undo
     */
    synchronized Edit undo() {
        if (undo.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        Edit edit = undo.pop();
        redo.push(edit);
        return edit;
    }

    /**
     * Moves the latest undone edit back to the undo stack and returns it (the caller applies it).
     *
     * @throws IllegalStateException when there is nothing to redo
     */
    synchronized Edit redo() {
        if (redo.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        Edit edit = redo.pop();
        undo.push(edit);
        return edit;
    }

    /** Number of edits that can be undone. */
    public synchronized int undoDepth() {
        return undo.size();
    }

    /** Number of edits that can be redone. */
    public synchronized int redoDepth() {
        return redo.size();
    }
}
