/**
 * The Landmark Studio window (JavaFX): the library of datasets and subsets, the gallery, the
 * annotation canvas with its inspectors, the problems panel and the status bar.
 *
 * <p>Like QuPath, the window is a thin layer: datasets, subsets, edits and the journal live in
 * studio-core and are only observed and driven from here. Sub-packages hold one pane each.
 * {@link org.landmarkstudio.app.gui.StudioLauncher} starts it; the class that extends
 * {@code Application} is not the program's main class (a JavaFX rule on the class path).
 */
package org.landmarkstudio.app.gui;
