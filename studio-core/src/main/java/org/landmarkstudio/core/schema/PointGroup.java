package org.landmarkstudio.core.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A named run of landmark indices drawn as one polyline (closed when {@code closed}), such as
 * the jaw line or the left eye.
 *
 * @param name    display name, e.g. {@code "left eye"}
 * @param region  the facial region, for colouring and grouping
 * @param indices point indices in drawing order
 * @param closed  whether the last point connects back to the first
 */
public record PointGroup(String name, Region region, int[] indices, boolean closed) {

    public PointGroup {
        indices = indices.clone();
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    /** Index pairs to connect with lines when drawing this group. */
    public List<int[]> edges() {
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i + 1 < indices.length; i++) {
            edges.add(new int[] {indices[i], indices[i + 1]});
        }
        if (closed && indices.length > 2) {
            edges.add(new int[] {indices[indices.length - 1], indices[0]});
        }
        return edges;
    }

    /** Consecutive indices {@code from..to} inclusive, in that direction. */
    static int[] run(int from, int to) {
        int n = Math.abs(to - from) + 1;
        int step = to >= from ? 1 : -1;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = from + i * step;
        }
        return out;
    }

    /** Concatenation of index arrays. */
    static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
