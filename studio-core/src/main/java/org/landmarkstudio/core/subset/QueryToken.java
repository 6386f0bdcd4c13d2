package org.landmarkstudio.core.subset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One token of a subset query with its 1-based position, and the lexer that makes them.
 *
 * <p>A word is a run of letters, digits and {@code - _ . / : +}, so subset names
 * ({@code closed-eye}), fields ({@code abs-yaw}), dataset names ({@code source:300w-lp/IBUG})
 * and numbers ({@code -12.5}, {@code 1e-3}) are each one word. The words {@code and},
 * {@code or} and {@code not} (any case) are operators.
 *
 * @param kind     what the token is
 * @param text     the text as written
 * @param position 1-based position of its first character
 */
record QueryToken(Kind kind, String text, int position) {

    /** Token kinds. */
    enum Kind { WORD, AND, OR, NOT, OPEN, CLOSE, COMPARISON, END }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "the end of the query" : "'" + text + "'";
    }

    /** Splits {@code query} into tokens ending with an END token. */
    static List<QueryToken> lex(String query) {
        List<QueryToken> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            int position = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(query.charAt(i))) {
                    i++;
                }
                String word = query.substring(start, i);
                tokens.add(new QueryToken(keyword(word), word, position));
            } else if (c == '<' || c == '>') {
                boolean orEqual = i + 1 < n && query.charAt(i + 1) == '=';
                String symbol = orEqual ? c + "=" : String.valueOf(c);
                tokens.add(new QueryToken(Kind.COMPARISON, symbol, position));
                i += symbol.length();
            } else {
                tokens.add(new QueryToken(symbolKind(c, position), String.valueOf(c), position));
                i++;
            }
        }
        tokens.add(new QueryToken(Kind.END, "", n + 1));
        return tokens;
    }

    private static Kind symbolKind(char c, int position) {
        return switch (c) {
            case '&' -> Kind.AND;
            case '|' -> Kind.OR;
            case '!' -> Kind.NOT;
            case '(' -> Kind.OPEN;
            case ')' -> Kind.CLOSE;
            case '=' -> throw new SubsetQueryException(position, "unexpected '='; compare with <, <=, > or >=");
            default -> throw new SubsetQueryException(position, "unexpected character '" + c
                    + "'; expected a subset name, a comparison, &, |, !, and, or, not or parentheses");
        };
    }

    private static Kind keyword(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> Kind.AND;
            case "or" -> Kind.OR;
            case "not" -> Kind.NOT;
            default -> Kind.WORD;
        };
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == ':' || c == '+';
    }
}
