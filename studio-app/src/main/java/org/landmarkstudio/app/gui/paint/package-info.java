/**
 * The studio's shared paint: one palette for the semantic point groups, so the canvas, the
 * schema mapping view and the eye inspector colour the same group the same way.
 */
package org.landmarkstudio.app.gui.paint;
