package org.landmarkstudio.engine.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.crop.InferenceCrop;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.detect.HaarFaceDetector;
import org.landmarkstudio.engine.detect.NonMaximumSuppression;
import org.landmarkstudio.engine.pipeline.FacePipeline;
import org.landmarkstudio.engine.pipeline.FaceResult;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.ModelProfiles;

/**
 * Tracking on the real clip against detecting on every frame, with the real GhostOne model on
 * the float backend and the built-in Haar detector.
 */
class FaceTrackerTest {

    private static final Path CLIP = Fixtures.real("face_recognition/short_hamilton_clip.mp4");
    /** Frames 195 to 274: one face, a cut at 211, then two smaller faces that turn away. */
    private static final int FIRST_FRAME = 195;
    private static final Path GHOSTONE = Fixtures.real("pfld_ghostone/PFLD_GhostOne_112_1_opt_sim.onnx");

    private static ModelRunner model() throws Exception {
        return Backends.byName("float").open(GHOSTONE, BackendOptions.DEFAULT);
    }

    private static FaceTranslator translator(ModelRunner runner) throws Exception {
        return new FaceTranslator(ModelProfiles.of(GHOSTONE, runner.inputs(), runner.outputs()));
    }

    @Test
    void followsEveryFaceTheDetectorSeesWithFewerDetectorRuns() throws Exception {
        List<List<FaceResult>> perFrame = new ArrayList<>();
        List<TrackedFrame> tracked = new ArrayList<>();
        ModelRunner a = model();
        ModelRunner b = model();
        try (FacePipeline pipeline = new FacePipeline(new HaarFaceDetector(), a, translator(a),
                InferenceCrop.Mode.CORRECTED);
             FaceTracker tracker = new FaceTracker(new HaarFaceDetector(), b, translator(b),
                     InferenceCrop.Mode.CORRECTED, TrackingPolicy.DEFAULT);
             VideoSource video = VideoSource.open(CLIP.toString())) {
            Optional<VideoFrame> frame;
            while ((frame = video.next()).isPresent()) {
                if (frame.get().index() < FIRST_FRAME) {
                    continue;
                }
                perFrame.add(pipeline.run(frame.get().image()));
                tracked.add(tracker.next(frame.get().image()));
            }
            assertEquals(80, tracker.frames());
            // measured: 32 detector runs for 80 frames (every frame while nothing is followed)
            assertTrue(tracker.detectorRuns() < 40, "detector runs " + tracker.detectorRuns());
        }
        List<Double> errors = new ArrayList<>();
        int detectedFaces = 0;
        for (int i = 0; i < perFrame.size(); i++) {
            if (perFrame.get(i).isEmpty()) {
                continue;
            }
            assertFalse(tracked.get(i).faces().isEmpty(),
                    "frame " + (i + FIRST_FRAME) + ": the detector sees a face, the tracker none");
            for (FaceResult detected : perFrame.get(i)) {
                detectedFaces++;
                nearest(detected, tracked.get(i)).ifPresent(
                        t -> errors.add(normalizedDistance(detected.landmarks(), t.result().landmarks())));
            }
        }
        // measured: 72 of the 79 faces detected frame by frame are followed; the other 7 are the
        // smaller face at (148, 96) on frames 232-234 and (36, 70) on 271-274, which appear between
        // two periodic detections that missed them.
        assertTrue(errors.size() >= 0.88 * detectedFaces, errors.size() + " of " + detectedFaces + " followed");
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // measured (tracked vs detect-and-infer, mean point distance over the outer-eye-corner
        // distance): median 0.087, 90th percentile 0.22, the largest 0.60 on frame 243 where the
        // 50-pixel face turns into profile and the two crops disagree.
        assertTrue(e[e.length / 2] < 0.12, "median " + e[e.length / 2]);
        assertTrue(e[(int) (e.length * 0.9)] < 0.3, "90th percentile " + e[(int) (e.length * 0.9)]);
    }

    /** The followed face whose landmark box overlaps {@code detected}'s most, if any does. */
    private static Optional<TrackedFace> nearest(FaceResult detected, TrackedFrame frame) {
        TrackedFace nearest = null;
        double best = 0;
        for (TrackedFace t : frame.faces()) {
            double iou = NonMaximumSuppression.intersectionOverUnion(detected.landmarks().bounds(),
                    t.result().landmarks().bounds());
            if (iou > best) {
                best = iou;
                nearest = t;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Mean point distance over the outer-eye-corner distance of {@code reference} (WFLW 60 and 72). */
    private static double normalizedDistance(Landmarks reference, Landmarks other) {
        double sum = 0;
        for (int i = 0; i < reference.size(); i++) {
            sum += Math.hypot(reference.x(i) - other.x(i), reference.y(i) - other.y(i));
        }
        return sum / reference.size() / reference.distance(60, 72);
    }

    @Test
    void rejectsAPolicyThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new TrackingPolicy(0, 1.5, 20, 0.3, 0.45, 1, 20));
        assertThrows(IllegalArgumentException.class, () -> new TrackingPolicy(5, 1.0, 20, 0.3, 0.45, 1, 20));
        assertTrue(TrackingPolicy.DEFAULT.redetectEvery() > 1);
    }
}
