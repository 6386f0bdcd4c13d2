package org.landmarkstudio.app.gui.mapping;

import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/**
 * What converting one sample's landmarks to another schema would do: how many target points
 * get a coordinate, how many become unlabelled and how many labelled source points are lost.
 *
 * @param from       the sample's schema
 * @param to         the target schema
 * @param converted  the landmarks after conversion
 * @param carried    target points that receive a coordinate
 * @param unlabelled target points left without one
 * @param dropped    labelled source points that no target point copies
 */
public record ConversionPreview(PointSchema from, PointSchema to, Landmarks converted, int carried, int unlabelled,
                                int dropped) {

    /** The preview of converting {@code landmarks} to {@code to}. */
    public static ConversionPreview of(Landmarks landmarks, PointSchema to) {
        SchemaMapping mapping = SchemaMapping.between(landmarks.schema(), to);
        Landmarks converted = mapping.apply(landmarks);
        int dropped = 0;
        for (int s = 0; s < landmarks.size(); s++) {
            if (landmarks.isLabelled(s) && mapping.targetOf(s) < 0) {
                dropped++;
            }
        }
        int carried = converted.labelledCount();
        return new ConversionPreview(landmarks.schema(), to, converted, carried, to.size() - carried, dropped);
    }

    /** One line for the legend. */
    public String summary() {
        return from.displayName() + " \u2192 " + to.displayName() + ": " + carried + " carried, " + unlabelled
                + " unlabelled" + (dropped > 0 ? ", " + dropped + " source points dropped" : "");
    }
}
