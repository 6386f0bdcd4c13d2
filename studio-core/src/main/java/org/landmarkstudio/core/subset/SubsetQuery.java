package org.landmarkstudio.core.subset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses subset queries such as {@code closed-eye & !blur | abs-yaw > 45} into a
 * {@link Subset}, so a user can type the slice of data to look at or evaluate.
 *
 * <p>Grammar, from lowest to highest precedence:
 * <pre>
 * query      = or END
 * or         = and { ("|" | "or") and }
 * and        = not { ("&amp;" | "and") not }
 * not        = ("!" | "not") not | primary
 * primary    = "(" or ")" | comparison | name
 * comparison = field ("&lt;" | "&lt;=" | "&gt;" | "&gt;=") number
 * field      = yaw | pitch | roll | abs-yaw | abs-pitch | abs-roll | ear-left | ear-right
 * name       = a built-in subset of the catalog | source:NAME
 * </pre>
 * Keywords, names and fields are case-insensitive; the dataset name after {@code source:} is
 * matched exactly. Errors name the 1-based position and what was expected there.
 */
public final class SubsetQuery {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final List<QueryToken> tokens;
    private final SubsetCatalog catalog;
    private int next;

    private SubsetQuery(List<QueryToken> tokens, SubsetCatalog catalog) {
        this.tokens = tokens;
        this.catalog = catalog;
    }

    /** Parses {@code query} against the default catalog. */
    public static Subset parse(String query) {
        return parse(query, SubsetCatalog.DEFAULT);
    }

    /**
     * Parses {@code query} into a subset named by the query text, whose description is the
     * canonical form with every group parenthesized. A query that is a single name (possibly
     * in parentheses) gives that subset itself, with its own name and description.
     *
     * @throws SubsetQueryException with the position and what was expected
     */
    public static Subset parse(String query, SubsetCatalog catalog) {
        SubsetQuery parser = new SubsetQuery(QueryToken.lex(query), catalog);
        QueryExpression expression = parser.or();
        QueryToken rest = parser.peek();
        if (rest.kind() != QueryToken.Kind.END) {
            throw error(rest, "expected &, | or the end of the query");
        }
        if (expression instanceof QueryExpression.Reference reference) {
            return reference.subset();
        }
        return new Subset(query.strip(), expression.render(true), expression::test);
    }

    private QueryExpression or() {
        List<QueryExpression> operands = new ArrayList<>();
        operands.add(and());
        while (peek().kind() == QueryToken.Kind.OR) {
            next++;
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new QueryExpression.Any(List.copyOf(operands));
    }

    private QueryExpression and() {
        List<QueryExpression> operands = new ArrayList<>();
        operands.add(not());
        while (peek().kind() == QueryToken.Kind.AND) {
            next++;
            operands.add(not());
        }
        return operands.size() == 1 ? operands.get(0) : new QueryExpression.All(List.copyOf(operands));
    }

    private QueryExpression not() {
        if (peek().kind() == QueryToken.Kind.NOT) {
            next++;
            return new QueryExpression.Not(not());
        }
        return primary();
    }

    private QueryExpression primary() {
        QueryToken token = peek();
        if (token.kind() == QueryToken.Kind.OPEN) {
            next++;
            QueryExpression inner = or();
            if (peek().kind() != QueryToken.Kind.CLOSE) {
                throw error(peek(), "expected &, | or ')' to close the '(' at " + token.position());
            }
            next++;
            return inner;
        }
        if (token.kind() != QueryToken.Kind.WORD) {
            throw error(token, "expected a subset name, a comparison or '('");
        }
        next++;
        if (peek().kind() == QueryToken.Kind.COMPARISON) {
            return comparison(token);
        }
        return reference(token);
    }

    private QueryExpression comparison(QueryToken fieldToken) {
        SampleField field = SampleField.byKey(fieldToken.text());
        if (field == null) {
            throw new SubsetQueryException(fieldToken.position(), "unknown field '" + fieldToken.text()
                    + "' before '" + peek().text() + "'; known fields: " + knownFields());
        }
        ComparisonOperator operator = ComparisonOperator.bySymbol(tokens.get(next++).text());
        QueryToken number = peek();
        if (number.kind() != QueryToken.Kind.WORD || !NUMBER.matcher(number.text()).matches()) {
            throw error(number, "expected a number after '" + operator.symbol() + "'");
        }
        next++;
        return new QueryExpression.Comparison(field, operator, Double.parseDouble(number.text()), number.text());
    }

    private QueryExpression reference(QueryToken nameToken) {
        String name = nameToken.text();
        Subset subset = catalog.find(name);
        if (subset != null) {
            return new QueryExpression.Reference(subset);
        }
        if (name.equalsIgnoreCase(SubsetCatalog.SOURCE_PREFIX)) {
            throw new SubsetQueryException(nameToken.position() + name.length(),
                    "expected a dataset name after 'source:'");
        }
        if (SampleField.byKey(name) != null) {
            throw error(peek(), "expected <, <=, > or >= after '" + name + "'");
        }
        throw new SubsetQueryException(nameToken.position(), "unknown subset '" + name + "'; "
                + catalog.knownNames() + "; fields to compare: " + knownFields());
    }

    private QueryToken peek() {
        return tokens.get(next);
    }

    private static SubsetQueryException error(QueryToken found, String expected) {
        return new SubsetQueryException(found.position(), expected + ", found " + found.describe());
    }

    private static String knownFields() {
        return Stream.of(SampleField.values()).map(SampleField::key).collect(Collectors.joining(", "));
    }
}
