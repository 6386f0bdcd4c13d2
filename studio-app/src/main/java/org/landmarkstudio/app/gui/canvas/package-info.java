/**
 * The annotation canvas: the image with zoom and pan, the landmarks drawn per semantic group with
 * the schema's connectivity, and direct editing (select, drag, nudge, label and unlabel points).
 *
 * <p>The canvas never changes a sample itself: it reports each finished gesture as new landmarks
 * with a description, and the window turns that into a journaled, undoable edit; the canvas then
 * shows the sample it is given back.
 */
package org.landmarkstudio.app.gui.canvas;
