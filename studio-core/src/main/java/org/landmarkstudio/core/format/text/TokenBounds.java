package org.landmarkstudio.core.format.text;

import java.util.Arrays;

/**
 * Where the tokens of one line start and end: growable arrays that a file reader reuses from
 * line to line, so splitting a large list allocates nothing per line.
 */
final class TokenBounds {

    /** Room for a whole WFLW or PFPLD line (207 tokens) without growing. */
    private static final int INITIAL_CAPACITY = 208;

    private int[] starts = new int[INITIAL_CAPACITY];
    private int[] ends = new int[INITIAL_CAPACITY];
    private int count;

    void clear() {
        count = 0;
    }

    void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            ends = Arrays.copyOf(ends, 2 * count);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    int count() {
        return count;
    }
}
