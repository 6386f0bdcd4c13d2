package org.landmarkstudio.core.subset;

import java.util.List;
import java.util.stream.Collectors;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * The parsed form of a subset query: a tree of subset references, comparisons and the three
 * boolean combinators. It renders back to a canonical text in which every group is
 * parenthesized, so people (and tests) can see how precedence was applied.
 */
sealed interface QueryExpression {

    /** Whether the sample satisfies the expression. */
    boolean test(FaceSample sample);

    /** Canonical text; {@code top} omits the parentheses around the outermost group. */
    String render(boolean top);

    /** A named subset. */
    record Reference(Subset subset) implements QueryExpression {
        @Override
        public boolean test(FaceSample sample) {
            return subset.contains(sample);
        }

        @Override
        public String render(boolean top) {
            return subset.name();
        }
    }

    /** {@code field OP number}. */
    record Comparison(SampleField field, ComparisonOperator operator, double limit, String limitText)
            implements QueryExpression {
        @Override
        public boolean test(FaceSample sample) {
            return operator.test(field.of(sample), limit);
        }

        @Override
        public String render(boolean top) {
            return field.key() + " " + operator.symbol() + " " + limitText;
        }
    }

    /** Negation. */
    record Not(QueryExpression operand) implements QueryExpression {
        @Override
        public boolean test(FaceSample sample) {
            return !operand.test(sample);
        }

        @Override
        public String render(boolean top) {
            return "!" + operand.render(false);
        }
    }

    /** Conjunction of two or more operands. */
    record All(List<QueryExpression> operands) implements QueryExpression {
        @Override
        public boolean test(FaceSample sample) {
            for (QueryExpression e : operands) {
                if (!e.test(sample)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String render(boolean top) {
            return join(operands, " & ", top);
        }
    }

    /** Disjunction of two or more operands. */
    record Any(List<QueryExpression> operands) implements QueryExpression {
        @Override
        public boolean test(FaceSample sample) {
            for (QueryExpression e : operands) {
                if (e.test(sample)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String render(boolean top) {
            return join(operands, " | ", top);
        }
    }

    private static String join(List<QueryExpression> operands, String separator, boolean top) {
        String body = operands.stream().map(e -> e.render(false)).collect(Collectors.joining(separator));
        return top ? body : "(" + body + ")";
    }
}
