/**
 * PFPLD's training set, rebuilt from the public datasets: WFLW, LaPa faces with at least one
 * closed eye (mapped 106 to 98) and 300W-LP (68 points mapped into 98 slots, with pose),
 * written as a PFPLD list of 112x112 crops with type flags.
 *
 * <p>The closed-eye LaPa faces are PFPLD author's answer to the model staying open-eyed on
 * closed eyes; the studio keeps that recipe so a retrained model can be compared with it.
 */
package org.landmarkstudio.core.trainset;
