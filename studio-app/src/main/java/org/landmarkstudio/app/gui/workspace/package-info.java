/**
 * What the studio has open: the datasets (each with its format, problems and the user's edits),
 * the built-in sample sets, and the background tasks that load them.
 *
 * <p>Nothing here draws: the panes of the window observe a {@link
 * org.landmarkstudio.app.gui.workspace.Workspace} and the current
 * {@link org.landmarkstudio.app.gui.workspace.SampleRef}.
 */
package org.landmarkstudio.app.gui.workspace;
