package org.landmarkstudio.core.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineTokensTest {

    @Test
    void splitsOnAnyRunOfWhitespaceLikePythonSplit() {
        LineTokens tokens = LineTokens.of("  1.5\t-2 \u00a0 a/b.jpg  ");
        assertEquals(3, tokens.count());
        assertEquals("1.5", tokens.first());
        assertEquals("-2", tokens.text(1));
        assertEquals("a/b.jpg", tokens.last());
        assertEquals(0, LineTokens.of(" \t ").count());
    }

    @Test
    void acceptsPlainDecimalsOnly() throws MalformedLineException {
        LineTokens tokens = LineTokens.of("1e-05 +.5 7. -256 0x1p3 1d 1_000 Infinity -nan 1e999");
        assertEquals(1e-05, tokens.decimal(0, "a"), 0.0);
        assertEquals(0.5, tokens.decimal(1, "b"), 0.0);
        assertEquals(7.0, tokens.decimal(2, "c"), 0.0);
        assertEquals(-256.0, tokens.decimal(3, "d"), 0.0);
        for (int i = 4; i <= 6; i++) {
            int index = i;
            MalformedLineException e = assertThrows(MalformedLineException.class, () -> tokens.decimal(index, "x"));
            assertTrue(e.getMessage().startsWith("token " + i + " (x): expected a number"), e.getMessage());
        }
        for (int i = 7; i <= 9; i++) {
            int index = i;
            MalformedLineException e = assertThrows(MalformedLineException.class, () -> tokens.decimal(index, "x"));
            assertFalse(e.getMessage().contains("expected a number,"), e.getMessage());
        }
        assertTrue(LineTokens.isDecimal("12.25"));
        assertFalse(LineTokens.isDecimal("12--Group/a.jpg"));
    }

    @Test
    void integersAndBitsAreStrict() throws MalformedLineException {
        LineTokens tokens = LineTokens.of("-2 241.5 99999999999 1 01");
        assertEquals(-2, tokens.integer(0, "flag"));
        assertThrows(MalformedLineException.class, () -> tokens.integer(1, "box"));
        MalformedLineException range = assertThrows(MalformedLineException.class, () -> tokens.integer(2, "box"));
        assertTrue(range.getMessage().contains("out of range"), range.getMessage());
        assertEquals(1, tokens.bit(3, "blur"));
        MalformedLineException bit = assertThrows(MalformedLineException.class, () -> tokens.bit(4, "blur"));
        assertEquals("token 4 (blur): expected 0 or 1, found \"01\"", bit.getMessage());
    }

    @Test
    void singleTokenMeansNonEmptyWithoutWhitespace() {
        assertTrue(LineTokens.isSingleToken("12--Group/a.jpg"));
        assertFalse(LineTokens.isSingleToken("my photo.jpg"));
        assertFalse(LineTokens.isSingleToken(""));
    }
}
