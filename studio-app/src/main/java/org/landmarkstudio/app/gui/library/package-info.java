/**
 * The library pane: open datasets and their subsets with counts (closed eyes, WFLW attributes,
 * large pose, source dataset) and the user's saved queries; choosing one fills the gallery.
 */
package org.landmarkstudio.app.gui.library;
