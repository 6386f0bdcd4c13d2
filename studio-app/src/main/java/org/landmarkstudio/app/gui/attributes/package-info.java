/**
 * The attributes panel: WFLW's six per-face flags and the explicit open/closed labels of both
 * eyes, as toggles that report edits.
 */
package org.landmarkstudio.app.gui.attributes;
