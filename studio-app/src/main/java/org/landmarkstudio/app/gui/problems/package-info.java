/** The problems panel: what the dataset readers could not load, with file, line and message. */
package org.landmarkstudio.app.gui.problems;
