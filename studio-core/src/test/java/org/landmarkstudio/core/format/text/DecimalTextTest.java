package org.landmarkstudio.core.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    @Test
    void agreesBitForBitWithDoubleParseDoubleOnRandomDecimals() {
        Random random = new Random(3);
        for (int n = 0; n < 200_000; n++) {
            String text = randomDecimal(random);
            double expected = Double.parseDouble(text);
            double actual = parse(text);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), text);
        }
    }

    @Test
    void agreesOnTypicalAnnotationValues() {
        for (String text : new String[] {"312.891998", "-256.0", "-256", "0.5", "1e-05", "7.5E+2", "0", "-0.0",
            ".5", "5.", "0.1", "0.30000000000000004", "123456789012345678", "1e308", "4.9e-324", "00012.50"}) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(parse(text)), text);
        }
    }

    @Test
    void rejectsEverythingButPlainDecimals() {
        for (String text : new String[] {"", "-", "+", ".", "e5", "1e", "1e+", "0x1p3", "1d", "1f", "1_000", "NaN",
            "Infinity", "1.2.3", "1e5.5", "--1", "12a", " 1", "1 "}) {
            assertTrue(Double.isNaN(parse(text)), text);
        }
    }

    @Test
    void parsesARangeInsideALine() {
        String line = "a 12.25 b";
        assertEquals(12.25, DecimalText.parse(line.getBytes(StandardCharsets.US_ASCII), 2, 7));
    }

    private static double parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return DecimalText.parse(bytes, 0, bytes.length);
    }

    private static String randomDecimal(Random random) {
        StringBuilder s = new StringBuilder();
        if (random.nextBoolean()) {
            s.append(random.nextBoolean() ? '-' : '+');
        }
        int intDigits = random.nextInt(12);
        for (int i = 0; i < intDigits; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        int fracDigits = random.nextInt(22);
        if (fracDigits > 0 || intDigits == 0) {
            s.append('.');
            for (int i = 0; i < Math.max(fracDigits, intDigits == 0 ? 1 : 0); i++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextInt(4) == 0) {
            s.append(random.nextBoolean() ? 'e' : 'E').append(String.format(Locale.ROOT, "%d", random.nextInt(60) - 30));
        }
        return s.toString();
    }
}
