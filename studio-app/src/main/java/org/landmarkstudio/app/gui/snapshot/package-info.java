/**
 * Off-screen pictures of the studio for figures and documentation ({@code studio snapshot}):
 * the window is built on JavaFX's headless Monocle platform, so no display is needed.
 */
package org.landmarkstudio.app.gui.snapshot;
