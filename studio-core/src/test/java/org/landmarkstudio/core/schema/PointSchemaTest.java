package org.landmarkstudio.core.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.BitSet;
import java.util.TreeSet;
import org.landmarkstudio.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PointSchemaTest {

    @Test
    void wflwFlipEqualsTheRealMirror98File() throws IOException {
        String line = Files.readString(Fixtures.real("wflw/WFLW_annotations/Mirror98.txt")).trim();
        int[] mirror = Arrays.stream(line.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        assertArrayEquals(mirror, PointSchema.WFLW_98.flipPermutation());
    }

    @Test
    void flipsAreInvolutionsWithTheDocumentedFixedPoints() {
        for (PointSchema schema : PointSchema.all()) {
            int[] f = schema.flipPermutation();
            for (int i = 0; i < f.length; i++) {
                assertEquals(i, f[f[i]], schema + " at " + i);
            }
        }
        TreeSet<Integer> fixed = new TreeSet<>();
        int[] f = PointSchema.WFLW_98.flipPermutation();
        for (int i = 0; i < f.length; i++) {
            if (f[i] == i) {
                fixed.add(i);
            }
        }
        assertEquals(new TreeSet<>(Arrays.asList(16, 51, 52, 53, 54, 57, 79, 85, 90, 94)), fixed);
    }

    @Test
    void flipSwapsLeftAndRightEyes() {
        for (PointSchema schema : PointSchema.all()) {
            int[] f = schema.flipPermutation();
            int[] left = schema.leftEye().indices();
            BitSet right = new BitSet();
            for (int i : schema.rightEye().indices()) {
                right.set(i);
            }
            for (int i : left) {
                assertTrue(right.get(f[i]), schema + ": flip of left-eye point " + i + " is not in the right eye");
            }
        }
    }

    @Test
    void groupsCoverEveryPointOnce() {
        for (PointSchema schema : PointSchema.all()) {
            BitSet seen = new BitSet();
            int count = 0;
            for (PointGroup g : schema.groups()) {
                for (int i : g.indices()) {
                    seen.set(i);
                    count++;
                }
            }
            assertEquals(schema.size(), count);
            assertEquals(schema.size(), seen.cardinality());
        }
    }

    @Test
    void outerEyeCornersAreTheNmePairs() {
        assertArrayEquals(new int[] {60, 72}, PointSchema.WFLW_98.outerEyeCorners());
        assertArrayEquals(new int[] {36, 45}, PointSchema.IBUG_68.outerEyeCorners());
        assertArrayEquals(new int[] {66, 79}, PointSchema.LAPA_106.outerEyeCorners());
    }

    @Test
    void lookupByIdOrCount() {
        assertEquals(PointSchema.LAPA_106, PointSchema.byId("106"));
        assertEquals(PointSchema.IBUG_68, PointSchema.byId("iBUG-68"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PointSchema.byId("5"));
        assertTrue(e.getMessage().contains("wflw98"));
    }
}
