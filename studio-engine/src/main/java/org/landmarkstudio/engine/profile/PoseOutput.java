package org.landmarkstudio.engine.profile;

import java.util.List;

/**
 * Where the head pose is in a model's outputs.
 *
 * @param output the output's name
 * @param order  the angle names in output order, e.g. {@code [yaw, pitch, roll]} (PFPLD)
 * @param unit   radians or degrees
 */
public record PoseOutput(String output, List<String> order, AngleUnit unit) {

    public PoseOutput {
        order = List.copyOf(order);
        if (order.size() != 3 || !order.containsAll(List.of("yaw", "pitch", "roll"))) {
            throw new IllegalArgumentException("pose order must name yaw, pitch and roll once each, not " + order);
        }
    }
}
