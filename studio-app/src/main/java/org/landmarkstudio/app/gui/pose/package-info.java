/**
 * Head pose: PFPLD's {@code plot_pose_cube} gizmo as a plain drawer the canvas can call, and the
 * pose panel with sliders, fields, a draggable gizmo and the estimate-then-accept flow.
 */
package org.landmarkstudio.app.gui.pose;
