package org.landmarkstudio.app.gui.paint;

import java.util.EnumMap;
import java.util.Map;
import org.landmarkstudio.core.schema.PointGroup;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.Region;
import javafx.scene.paint.Color;

/**
 * The colour of each facial region, taken from one place so that every view of the studio
 * paints the jaw, brows, nose, eyes, lips and pupils alike.
 *
 * <p>The hues are far apart on the colour wheel and bright enough to read on dark and light
 * skin in photographs; unlabelled points are grey whatever their region, because "no
 * coordinate" matters more to an annotator than "which part of the face".
 */
public final class GroupColors {

    /** Points that carry no coordinate, or have no counterpart in another schema. */
    public static final Color UNLABELLED = Color.rgb(150, 150, 150);
    /** The point under the mouse and its partners. */
    public static final Color HIGHLIGHT = Color.rgb(255, 60, 200);
    /** Marks PFPLD's 43-point wing-loss subset. */
    public static final Color SUPERVISED = Color.rgb(255, 200, 40);

    private static final Map<Region, Color> BY_REGION = new EnumMap<>(Map.of(
            Region.CONTOUR, Color.rgb(90, 150, 255),
            Region.BROW, Color.rgb(255, 160, 40),
            Region.NOSE, Color.rgb(190, 230, 70),
            Region.EYE, Color.rgb(40, 225, 235),
            Region.LIPS, Color.rgb(255, 90, 110),
            Region.PUPIL, Color.rgb(170, 120, 255)));

    private GroupColors() {
    }

    /** The colour of a region. */
    public static Color of(Region region) {
        return BY_REGION.get(region);
    }

    /** The colour of a group: its region's colour. */
    public static Color of(PointGroup group) {
        return of(group.region());
    }

    /** The colour of point {@code index} of {@code schema}. */
    public static Color ofPoint(PointSchema schema, int index) {
        return of(schema.groupOf(index));
    }
}
