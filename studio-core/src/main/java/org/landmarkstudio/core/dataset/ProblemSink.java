package org.landmarkstudio.core.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a reader runs; in strict mode the first one aborts the read.
 */
public final class ProblemSink {

    private final boolean strict;
    private final List<Problem> problems = new ArrayList<>();
    private int skipped;

    public ProblemSink(boolean strict) {
        this.strict = strict;
    }

    /** Records a problem that leaves the sample loaded (e.g. a missing image). */
    public void warn(Problem problem) throws DatasetException {
        if (strict) {
            throw new DatasetException(problem);
        }
        problems.add(problem);
    }

    /** Records a problem that makes the reader skip a sample. */
    public void skip(Problem problem) throws DatasetException {
        warn(problem);
        skipped++;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Number of samples skipped because of problems. */
    public int skipped() {
        return skipped;
    }
}
