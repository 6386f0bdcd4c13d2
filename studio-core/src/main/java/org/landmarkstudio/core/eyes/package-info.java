/**
 * Eye openness: the eye aspect ratio (EAR) of each eye and the open/closed state it implies.
 *
 * <p>PFPLD's known failure is that models stay open-eyed on closed eyes; this package defines
 * what "closed" means everywhere in the studio (subsets, statistics, metrics, the trainer).
 */
package org.landmarkstudio.core.eyes;
