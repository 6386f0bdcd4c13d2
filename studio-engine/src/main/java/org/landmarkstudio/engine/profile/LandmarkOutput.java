package org.landmarkstudio.engine.profile;

/**
 * Where the landmarks are in a model's outputs.
 *
 * @param output the output's name
 * @param schema the point schema id ({@code wflw98}, {@code ibug68}, {@code lapa106})
 * @param offset the index of x0 in the flattened output (Peppa's 143 values start with the 136)
 * @param unit   how coordinates are written
 */
public record LandmarkOutput(String output, String schema, int offset, CoordinateUnit unit) {
}
