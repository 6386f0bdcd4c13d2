package org.landmarkstudio.core.schema;

import static org.landmarkstudio.core.schema.PointGroup.concat;
import static org.landmarkstudio.core.schema.PointGroup.run;

/**
 * PFPLD's 68-to-98 correspondence ({@code pts_68_index_table()} in create_300W_LP.py) and the
 * 43 slots its wing loss supervises for 300W-LP rows ({@code WingLoss.pts_68_to_98}).
 */
final class IbugWflwTable {

    /** For each iBUG-68 index, the WFLW index it is written to. */
    static final int[] IBUG_TO_WFLW = concat(
            evenRun(0, 32), run(33, 37), run(42, 46), run(51, 59),
            new int[] {60, 61, 63, 64, 65, 67, 68, 69, 71, 72, 73, 75},
            run(76, 95));

    /** The WFLW slots trained on 300W-LP rows: brows, nose, four eye corners and the lips. */
    static final int[] PFPLD_SUPERVISED_68 = concat(
            run(33, 37), run(42, 46), run(51, 59), new int[] {60, 64, 68, 72}, run(76, 95));

    private IbugWflwTable() {
    }

    private static int[] evenRun(int from, int to) {
        int[] out = new int[(to - from) / 2 + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + 2 * i;
        }
        return out;
    }
}
