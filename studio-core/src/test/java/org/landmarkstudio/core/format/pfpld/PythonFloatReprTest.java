package org.landmarkstudio.core.format.pfpld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PythonFloatReprTest {

    /**
     * IEEE-754 bit patterns and Python's repr of each, made with python3 3.11:
     * {@code (struct.pack('>d', v).hex(), repr(v))} for the values listed. They cover fixed and
     * exponent notation, its boundaries (1e-05 / 0.0001, 1e+16 / 1e15), negative zero,
     * subnormals, the largest double, powers of two, and values that Java 17's Double.toString
     * writes with more digits than needed (2.82879384806159e+17).
     */
    private static final String[][] PYTHON_REPR = {
        {"3fe0000000000000", "0.5"},
        {"c070000000000000", "-256.0"},
        {"3fb999999999999a", "0.1"},
        {"3fd5555555555555", "0.3333333333333333"},
        {"405c000000000000", "112.0"},
        {"4341c37937e08000", "1e+16"},
        {"434aa535d3d0c000", "1.5e+16"},
        {"430c6bf526340000", "1000000000000000.0"},
        {"437b69b4ba630f35", "1.2345678901234568e+17"},
        {"0000000000000001", "5e-324"},
        {"3ee4f8b588e368f1", "1e-05"},
        {"3f1a36e2eb1c432d", "0.0001"},
        {"3f1a36e2eb1c432c", "9.999999999999999e-05"},
        {"8000000000000000", "-0.0"},
        {"4059000000000000", "100.0"},
        {"3fd3333333333334", "0.30000000000000004"},
        {"438f67ea69ed3795", "2.82879384806159e+17"},
        {"7fefffffffffffff", "1.7976931348623157e+308"},
        {"0010000000000000", "2.2250738585072014e-308"},
        {"3fbf9acffa7eb6bf", "0.123456"},
        {"3fd0000000000000", "0.25"},
        {"c028b0fcb4f1e4b4", "-12.345678"},
        {"4480f0cf064dd592", "1e+22"},
        {"43e0000000000000", "9.223372036854776e+18"},
        {"4011666666666666", "4.35"},
        {"4340000000000000", "9007199254740992.0"},
        {"3d30000000000000", "5.684341886080802e-14"},
        {"43b0000000000000", "1.152921504606847e+18"},
        {"3eb0000000000000", "9.5367431640625e-07"},
        {"4020000000000000", "8.0"},
        {"3f50000000000000", "0.0009765625"},
    };

    @Test
    void matchesPythonRepr() {
        for (String[] row : PYTHON_REPR) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            assertEquals(row[1], PythonFloatRepr.of(value), row[0]);
        }
    }

    @Test
    void refusesNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> PythonFloatRepr.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PythonFloatRepr.of(Double.NEGATIVE_INFINITY));
    }
}
