/**
 * The eyes inspector: both eyes enlarged, their lid points editable, their aperture and
 * open/closed state shown and the state label flippable, because closed eyes are the failure
 * pattern annotators hunt most.
 */
package org.landmarkstudio.app.gui.eyes;
