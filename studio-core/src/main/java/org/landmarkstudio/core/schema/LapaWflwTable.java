package org.landmarkstudio.core.schema;

import static org.landmarkstudio.core.schema.PointGroup.concat;
import static org.landmarkstudio.core.schema.PointGroup.run;

/**
 * PFPLD's LaPa-to-WFLW correspondence ({@code view_lapa.py} drops LaPa points 55-57, 63-65, 74
 * and 83 and keeps the rest in order).
 */
final class LapaWflwTable {

    /** For each WFLW index, the LaPa index it comes from. */
    static final int[] WFLW_TO_LAPA = concat(run(0, 54), run(58, 62), run(66, 73), run(75, 82), run(84, 105));

    private LapaWflwTable() {
    }
}
