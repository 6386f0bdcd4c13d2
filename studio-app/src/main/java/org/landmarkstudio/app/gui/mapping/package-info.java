/**
 * The schema mapping view: the 68, 98 and 106-point schemas side by side, how their points
 * correspond and what converting a sample from one to another keeps and loses.
 */
package org.landmarkstudio.app.gui.mapping;
