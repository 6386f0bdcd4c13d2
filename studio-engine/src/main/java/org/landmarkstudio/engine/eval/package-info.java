/**
 * The evaluator: runs a landmark model over a labelled dataset and reports studio-core's metrics
 * (NME, FR, AUC, CED, pose MAE, eye-aperture error) overall and per subset — closed eyes above
 * all, PFPLD's known failure.
 */
package org.landmarkstudio.engine.eval;
