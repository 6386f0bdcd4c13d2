package org.landmarkstudio.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.landmarkstudio.core.dataset.Problem;

/**
 * A problem as the JSON documents show it: {@code {"file","line","message"}}, with
 * {@code "variable"} instead of a line for binary formats.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProblemView(String file, Integer line, String variable, String message) {

    static ProblemView of(Problem p) {
        return new ProblemView(String.valueOf(p.file()), p.line() > 0 ? p.line() : null, p.location(), p.message());
    }

    static List<ProblemView> of(List<Problem> problems) {
        return problems.stream().map(ProblemView::of).toList();
    }
}
