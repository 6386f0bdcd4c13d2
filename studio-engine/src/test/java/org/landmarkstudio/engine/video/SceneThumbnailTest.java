package org.landmarkstudio.engine.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.testing.Fixtures;

/**
 * The scene-cut signal on the real clip.
 *
 * <p>Reference from Debian's {@code python3-opencv} 4.6.0: consecutive frames of
 * {@code cv2.VideoCapture(clip)}, each {@code cv2.resize(f, (32, 18), interpolation=INTER_AREA)},
 * {@code np.abs(t - prev).mean()}: above 20 exactly at frames 20 (28.5), 82 (26.3) and 211 (25.5);
 * the next largest is 12.2.
 */
class SceneThumbnailTest {

    @Test
    void findsTheThreeCutsOfTheRealClip() throws Exception {
        List<Integer> cuts = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        try (VideoSource video = VideoSource.open(
                Fixtures.real("face_recognition/short_hamilton_clip.mp4").toString())) {
            SceneThumbnail previous = null;
            Optional<VideoFrame> frame;
            while ((frame = video.next()).isPresent()) {
                SceneThumbnail now = SceneThumbnail.of(frame.get().image());
                if (previous != null && now.difference(previous) > TrackingPolicy.DEFAULT.sceneCut()) {
                    cuts.add(frame.get().index());
                    sizes.add(now.difference(previous));
                }
                previous = now;
            }
        }
        assertEquals(List.of(20, 82, 211), cuts);
        assertEquals(28.5, sizes.get(0), 0.5);
        assertEquals(26.3, sizes.get(1), 0.5);
        assertEquals(25.5, sizes.get(2), 0.5);
    }
}
