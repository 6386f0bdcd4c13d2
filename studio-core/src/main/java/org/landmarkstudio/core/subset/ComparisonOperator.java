package org.landmarkstudio.core.subset;

/** The comparisons a subset query allows between a sample field and a number. */
public enum ComparisonOperator {
    LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in a query. */
    public String symbol() {
        return symbol;
    }

    /** The operator written {@code symbol}, or {@code null}. */
    public static ComparisonOperator bySymbol(String symbol) {
        for (ComparisonOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }

    /** {@code value OP limit}; false whenever {@code value} is NaN. */
    public boolean test(double value, double limit) {
        return switch (this) {
            case LESS -> value < limit;
            case LESS_OR_EQUAL -> value <= limit;
            case GREATER -> value > limit;
            case GREATER_OR_EQUAL -> value >= limit;
        };
    }
}
