/**
 * The one implementation of the landmark and pose metrics: per-sample NME with a documented
 * normalization, FR@t, AUC@t, the CED curve, pose MAE and the closed-eye aperture error.
 *
 * <p>The evaluator, the command line, the live view and the trainer's validation all go
 * through {@link org.landmarkstudio.core.metrics.MetricAccumulator}, so a number means the
 * same thing wherever it is shown. Conventions, chosen where the literature varies:
 * <ul>
 *   <li>NME is averaged over the points labelled in the ground truth; unlabelled ground-truth
 *       points do not count, and the prediction must be complete in the same schema.</li>
 *   <li>The normalizing distance is always measured on the ground truth (default: outer eye
 *       corners). A sample without it is excluded and listed with the reason.</li>
 *   <li>FR@t counts NME strictly above t; the CED counts NME at or below a threshold, so
 *       FR@t = 1 - CED(t). AUC@t integrates the CED on a 1e-4 grid with the trapezoid rule.</li>
 *   <li>The eye-aperture error is per eye, over the eyes whose ground-truth state is closed.</li>
 * </ul>
 */
package org.landmarkstudio.core.metrics;
