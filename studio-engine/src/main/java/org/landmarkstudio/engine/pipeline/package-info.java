/**
 * The path from an image to landmarks and pose in image coordinates: detect faces, crop each
 * with PFPLD's inference crop (faithful or corrected), run the landmark model through its
 * profile, map the result back to the image. One implementation serves the CLI, the evaluator
 * and the live view.
 */
package org.landmarkstudio.engine.pipeline;
