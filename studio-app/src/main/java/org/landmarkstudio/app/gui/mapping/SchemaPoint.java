package org.landmarkstudio.app.gui.mapping;

import org.landmarkstudio.core.schema.PointSchema;

/**
 * One point of one schema, the unit that the mapping view hovers and highlights.
 *
 * @param schema the schema
 * @param index  the point index in that schema
 */
public record SchemaPoint(PointSchema schema, int index) {

    public SchemaPoint {
        if (index < 0 || index >= schema.size()) {
            throw new IndexOutOfBoundsException("point " + index + " outside " + schema.id());
        }
    }

    /** The readable form used in the view, e.g. {@code "WFLW 98 #60 (left eye 0)"}. */
    public String describe() {
        return schema.displayName() + " #" + index + " (" + schema.pointName(index) + ")";
    }
}
