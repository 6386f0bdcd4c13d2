/**
 * The gallery: a virtualized grid of face thumbnails with badges (closed eye, pose direction,
 * unsaved edits, attributes), made lazily off the FX thread and cached, with keyboard navigation.
 */
package org.landmarkstudio.app.gui.gallery;
