package org.landmarkstudio.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.mat.Aflw2000Format;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.testing.Fixtures;

/**
 * The generator's pose convention is AFLW2000-3D's: the same geometric checks that the
 * generated faces pass ({@link FaceGeneratorTest}) hold on the 16 real AFLW2000 faces.
 */
class PoseConventionTest {

    private static Dataset aflw() throws IOException {
        return new Aflw2000Format().read(Fixtures.real("prnet_aflw2000/AFLW2000"), ReadOptions.DEFAULT);
    }

    @Test
    void realAflw2000FacesPassTheSamePoseChecksAsGeneratedOnes() throws IOException {
        Dataset dataset = aflw();
        assertEquals(16, dataset.size());
        int yawChecked = 0;
        int pitchChecked = 0;
        int rollChecked = 0;
        for (FaceSample sample : dataset.samples()) {
            HeadPose pose = sample.pose();
            assertNull(PoseSigns.disagreement(sample.landmarks(), pose), sample.image().written());
            yawChecked += PoseSigns.yawChecked(pose) ? 1 : 0;
            pitchChecked += PoseSigns.pitchChecked(pose) ? 1 : 0;
            rollChecked += PoseSigns.rollChecked(pose) ? 1 : 0;
            System.out.printf("%s yaw %6.1f pitch %6.1f roll %6.1f | nose offset %6.3f, nose share %5.3f, "
                    + "eye line %6.1f (predicted %6.1f)%n", sample.image().written(), pose.yaw(), pose.pitch(),
                    pose.roll(), PoseSigns.noseOffset(sample.landmarks()), PoseSigns.noseShare(sample.landmarks()),
                    PoseSigns.eyeLineAngle(sample.landmarks()), PoseSigns.predictedEyeLineAngle(pose));
        }
        assertEquals(9, yawChecked);
        assertEquals(5, pitchChecked);
        assertEquals(14, rollChecked);
    }

    @Test
    void positiveRollTurnsTheEyeLineClockwiseOnNearlyFrontalRealFaces() throws IOException {
        int checked = 0;
        for (FaceSample sample : aflw().samples()) {
            HeadPose pose = sample.pose();
            if (Math.abs(pose.roll()) >= 5 && Math.abs(pose.yaw()) <= 40 && Math.abs(pose.pitch()) <= 30) {
                assertEquals(Math.signum(pose.roll()), Math.signum(PoseSigns.eyeLineAngle(sample.landmarks())),
                        sample.image().written());
                checked++;
            }
        }
        assertEquals(3, checked);
    }
}
