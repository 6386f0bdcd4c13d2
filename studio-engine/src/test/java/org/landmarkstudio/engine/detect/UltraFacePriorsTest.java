package org.landmarkstudio.engine.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The prior layout of the 320x240 models, in the authors' generation order. */
class UltraFacePriorsTest {

    private final UltraFacePriors priors = UltraFacePriors.rfb320();

    @Test
    void thereIsOnePriorPerModelOutputRow() {
        // 40x30 cells x 3 + 20x15 x 2 + 10x8 x 2 + 5x4 x 3 = 3600 + 600 + 160 + 60.
        assertEquals(4420, priors.count());
    }

    @Test
    void priorsRunSizeFastestThenColumnThenRow() {
        assertEquals(10.0 / 320, priors.width(0), 1e-15);
        assertEquals(16.0 / 320, priors.width(1), 1e-15);
        assertEquals(24.0 / 240, priors.height(2), 1e-15);
        assertEquals(1.5 / 40, priors.centreX(3), 1e-15);
        assertEquals(0.5 / 30, priors.centreY(3), 1e-15);
        assertEquals(0.5 / 40, priors.centreX(120), 1e-15);
        assertEquals(1.5 / 30, priors.centreY(120), 1e-15);
    }

    @Test
    void theCoarsestLevelIsClippedToTheImage() {
        // Last prior: cell (4, 3) of the 5x4 map, min box 256: its height 256/240 is clipped to 1.
        int last = priors.count() - 1;
        assertEquals(4.5 / 5, priors.centreX(last), 1e-15);
        assertEquals(3.5 / 4, priors.centreY(last), 1e-15);
        assertEquals(256.0 / 320, priors.width(last), 1e-15);
        assertEquals(1.0, priors.height(last), 0);
        // First prior of the 20x15 map follows the 3600 of the 40x30 map.
        assertEquals(0.5 / 20, priors.centreX(3600), 1e-15);
        assertEquals(32.0 / 320, priors.width(3600), 1e-15);
    }
}
