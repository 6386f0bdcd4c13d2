package org.landmarkstudio.core.dataset;

import java.io.IOException;

/** Thrown by strict reading on the first problem, and by writers that cannot write a sample. */
public class DatasetException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public DatasetException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** The problem that stopped the operation. */
    public Problem problem() {
        return problem;
    }
}
