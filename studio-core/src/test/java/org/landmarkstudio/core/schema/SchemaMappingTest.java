package org.landmarkstudio.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.landmarkstudio.core.sample.Landmarks;
import org.junit.jupiter.api.Test;

class SchemaMappingTest {

    @Test
    void ibugTableMatchesPfpldIndexTable() {
        SchemaMapping m = SchemaMapping.IBUG68_TO_WFLW98;
        int[] expected = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32,
            33, 34, 35, 36, 37, 42, 43, 44, 45, 46, 51, 52, 53, 54, 55, 56, 57, 58, 59,
            60, 61, 63, 64, 65, 67, 68, 69, 71, 72, 73, 75,
            76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95};
        for (int i = 0; i < 68; i++) {
            assertEquals(expected[i], m.targetOf(i), "68-pt " + i);
        }
        assertEquals(68, m.carried().cardinality());
    }

    @Test
    void supervisedSubsetIsInsideTheTableImageAndExcludesJawAndEyelids() {
        BitSet supervised = SchemaMapping.pfpldSupervised68();
        assertEquals(43, supervised.cardinality());
        BitSet image = SchemaMapping.IBUG68_TO_WFLW98.carried();
        BitSet outside = (BitSet) supervised.clone();
        outside.andNot(image);
        assertTrue(outside.isEmpty(), "supervised slots not in the 68->98 table: " + outside);
        BitSet fromIbug = new BitSet();
        for (int w = supervised.nextSetBit(0); w >= 0; w = supervised.nextSetBit(w + 1)) {
            fromIbug.set(SchemaMapping.IBUG68_TO_WFLW98.sourceOf(w));
        }
        BitSet expected = new BitSet();
        expected.set(17, 37);
        expected.set(39);
        expected.set(42);
        expected.set(45);
        expected.set(48, 68);
        assertEquals(expected, fromIbug);
    }

    @Test
    void lapaToWflwDropsTheEightExtraPoints() {
        SchemaMapping m = SchemaMapping.LAPA106_TO_WFLW98;
        BitSet dropped = new BitSet();
        for (int i : new int[] {55, 56, 57, 63, 64, 65, 74, 83}) {
            dropped.set(i);
        }
        assertEquals(dropped, m.dropped());
        assertEquals(58, m.sourceOf(55));
        assertEquals(66, m.sourceOf(60));
        assertEquals(75, m.sourceOf(68));
        assertEquals(105, m.sourceOf(97));
    }

    @Test
    void roundTripsThroughWflwKeepCarriedPoints() {
        double[] xy = new double[136];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = i * 1.5;
        }
        Landmarks ibug = Landmarks.of(PointSchema.IBUG_68, xy);
        Landmarks wflw = SchemaMapping.IBUG68_TO_WFLW98.apply(ibug);
        assertEquals(68, wflw.labelledCount());
        assertFalse(wflw.isLabelled(1));
        assertEquals(ibug, SchemaMapping.WFLW98_TO_IBUG68.apply(wflw));
    }

    @Test
    void mappingsCommuteWithFlips() {
        for (SchemaMapping m : SchemaMapping.all()) {
            int[] fs = m.source().flipPermutation();
            int[] ft = m.target().flipPermutation();
            for (int t = 0; t < m.target().size(); t++) {
                int s = m.sourceOf(t);
                if (s >= 0) {
                    assertEquals(fs[s], m.sourceOf(ft[t]), m + " at target " + t);
                }
            }
        }
    }

    @Test
    void sixtyEightToLapaGoesThroughWflw() {
        SchemaMapping m = SchemaMapping.between(PointSchema.IBUG_68, PointSchema.LAPA_106);
        assertEquals(66, m.targetOf(36));
    }
}
