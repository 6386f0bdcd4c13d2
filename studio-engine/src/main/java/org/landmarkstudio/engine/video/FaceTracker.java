package org.landmarkstudio.engine.video;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.crop.FaceCrop;
import org.landmarkstudio.core.crop.InferenceCrop;
import org.landmarkstudio.core.crop.SetPreparationCrop;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.detect.FaceDetection;
import org.landmarkstudio.engine.detect.FaceDetector;
import org.landmarkstudio.engine.detect.NonMaximumSuppression;
import org.landmarkstudio.engine.pipeline.FaceResult;
import org.landmarkstudio.engine.pipeline.StageTimes;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.Prediction;

/**
 * Follows faces through the frames of a video: the detector finds them once, then each frame is
 * cropped from the landmarks the model predicted on the previous frame, which is both cheaper than
 * detecting again and closer to how PFLD-family models were trained.
 *
 * <p>A new face is cropped like a photo ({@link InferenceCrop} around the detector's box, as
 * {@link org.landmarkstudio.engine.pipeline.FacePipeline} does). A followed face is cropped with
 * the PFLD training rule, {@link SetPreparationCrop}: the square 1.2 times the landmarks' extent
 * around their centre. (Feeding the landmarks' bounds to {@link InferenceCrop} instead would take
 * 0.9 of an extent that already lacks the forehead, so the crop would shrink frame after frame.)
 * {@link TrackingPolicy} decides when a face is lost and when the detector runs again; two
 * followed faces that converge on the same face (landmark boxes overlapping by more than IoU 0.5)
 * are merged into the older one.
 *
 * <p>Owns the detector and the model. Not thread-safe: frames go in one at a time, in order.
 */
public final class FaceTracker implements AutoCloseable {

    private static final double DUPLICATE_IOU = 0.5;

    private final FaceDetector detector;
    private final ModelRunner model;
    private final FaceTranslator translator;
    private final InferenceCrop firstCrop;
    private final SetPreparationCrop followCrop;
    private final PointSchema schema;
    private final TrackingPolicy policy;
    private final List<Track> tracks = new ArrayList<>();
    private SceneThumbnail previousScene;
    private int frames;
    private int detectorRuns;
    private int nextId;

    /**
     * @param detector   finds new faces
     * @param model      the landmark model
     * @param translator the model's profile applied (square input)
     * @param mode       PFPLD's crop for new faces, faithful or corrected
     * @param policy     loss and re-detection rules
     */
    public FaceTracker(FaceDetector detector, ModelRunner model, FaceTranslator translator, InferenceCrop.Mode mode,
                       TrackingPolicy policy) {
        if (translator.profile().width() != translator.profile().height()) {
            throw new IllegalArgumentException("the PFPLD crop is square; the model wants "
                    + translator.profile().width() + "x" + translator.profile().height());
        }
        this.detector = Objects.requireNonNull(detector, "detector");
        this.model = Objects.requireNonNull(model, "model");
        this.translator = translator;
        this.firstCrop = new InferenceCrop(mode, translator.profile().width());
        this.followCrop = new SetPreparationCrop(translator.profile().width());
        this.schema = PointSchema.byId(translator.profile().landmarks().schema());
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The faces on the next frame of the stream. */
    public TrackedFrame next(BgrImage frame) throws ModelException {
        boolean detect = tracks.isEmpty() || frames % policy.redetectEvery() == 0;
        frames++;
        SceneThumbnail scene = SceneThumbnail.of(frame);
        if (previousScene != null && scene.difference(previousScene) > policy.sceneCut() && !tracks.isEmpty()) {
            tracks.clear();
            detect = true;
        }
        previousScene = scene;
        List<TrackedFace> faces = new ArrayList<>();
        for (Iterator<Track> it = tracks.iterator(); it.hasNext(); ) {
            Track track = it.next();
            Following followed = follow(frame, track.landmarks);
            if (lost(track.landmarks.bounds(), followed.landmarks.bounds(), frame)) {
                it.remove();
                detect = true;
            } else {
                track.landmarks = followed.landmarks;
                track.result = new FaceResult(followed.landmarks.bounds(), track.score, followed.landmarks,
                        followed.prediction.pose(), new StageTimes(0, followed.cropMs, followed.inferMs));
                track.detected = false;
            }
        }
        mergeDuplicates();
        double detectMs = 0;
        if (detect) {
            long start = System.nanoTime();
            List<FaceDetection> found = detector.detect(frame);
            detectMs = (System.nanoTime() - start) / 1e6;
            detectorRuns++;
            addAndConfirm(frame, found, detectMs);
        }
        for (Track track : tracks) {
            FaceResult r = track.result;
            FaceResult timed = new FaceResult(r.box(), r.score(), r.landmarks(), r.pose(),
                    new StageTimes(detectMs, r.ms().crop(), r.ms().infer()));
            faces.add(new TrackedFace(track.id, track.detected, timed));
        }
        return new TrackedFrame(faces, detect, detectMs);
    }

    /** Frames seen so far. */
    public int frames() {
        return frames;
    }

    /** Detector runs so far; tracking pays off when this stays well below {@link #frames()}. */
    public int detectorRuns() {
        return detectorRuns;
    }

    private void addAndConfirm(BgrImage frame, List<FaceDetection> found, double detectMs) throws ModelException {
        List<Track> confirmed = new ArrayList<>();
        for (FaceDetection face : found) {
            Track match = null;
            double best = policy.matchIou();
            for (Track track : tracks) {
                double iou = NonMaximumSuppression.intersectionOverUnion(face.box(), track.landmarks.bounds());
                if (iou >= best && !confirmed.contains(track)) {
                    best = iou;
                    match = track;
                }
            }
            if (match != null) {
                confirmed.add(match);
                if (best < policy.reseedIou()) {
                    Track fresh = start(frame, face, detectMs);
                    if (fresh != null) {
                        match.landmarks = fresh.landmarks;
                        match.result = fresh.result;
                        match.detected = true;
                    }
                }
            } else {
                Track fresh = start(frame, face, detectMs);
                if (fresh != null) {
                    nextId++;
                    confirmed.add(fresh);
                    tracks.add(fresh);
                }
            }
        }
        for (Iterator<Track> it = tracks.iterator(); it.hasNext(); ) {
            Track track = it.next();
            if (confirmed.contains(track)) {
                track.unconfirmed = 0;
            } else if (++track.unconfirmed > policy.maxUnconfirmed()) {
                it.remove();
            }
        }
        mergeDuplicates();
    }

    /** A new track from a detector box, or null when its crop window misses the frame. */
    private Track start(BgrImage frame, FaceDetection face, double detectMs) throws ModelException {
        long t0 = System.nanoTime();
        InferenceCrop.Window window;
        try {
            window = firstCrop.window(face.box(), frame.width(), frame.height());
        } catch (IllegalArgumentException tooSmallOrOutside) {
            return null;
        }
        BgrImage pixels = firstCrop.crop(frame, face.box(), Landmarks.unlabelled(schema)).pixels();
        long t1 = System.nanoTime();
        Prediction prediction = predict(pixels);
        long t2 = System.nanoTime();
        Landmarks landmarks = window.toImage(prediction.landmarks());
        Track track = new Track(nextId, face.score(), landmarks);
        track.result = new FaceResult(face.box(), face.score(), landmarks, prediction.pose(),
                new StageTimes(detectMs, (t1 - t0) / 1e6, (t2 - t1) / 1e6));
        track.detected = true;
        return track;
    }

    private Following follow(BgrImage frame, Landmarks previous) throws ModelException {
        long t0 = System.nanoTime();
        SetPreparationCrop.Placement placement = followCrop.place(previous);
        FaceCrop crop = followCrop.crop(frame, previous);
        long t1 = System.nanoTime();
        Prediction prediction = predict(crop.pixels());
        long t2 = System.nanoTime();
        return new Following(placement.frame().toImage(prediction.landmarks()), prediction,
                (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }

    private Prediction predict(BgrImage crop) throws ModelException {
        return translator.decode(model.run(Map.of(translator.profile().input(), translator.toInput(crop))), 0);
    }

    /** The loss rule of {@link TrackingPolicy}. */
    private boolean lost(Box before, Box after, BgrImage frame) {
        double extentAfter = Math.max(after.width(), after.height());
        double extentBefore = Math.max(before.width(), before.height());
        if (!(after.width() >= policy.minFaceSize() && after.height() >= policy.minFaceSize())) {
            return true;
        }
        if (after.centerX() < 0 || after.centerX() >= frame.width()
                || after.centerY() < 0 || after.centerY() >= frame.height()) {
            return true;
        }
        double change = extentAfter / extentBefore;
        return change > policy.maxScaleChange() || change < 1 / policy.maxScaleChange();
    }

    private void mergeDuplicates() {
        for (int i = 0; i < tracks.size(); i++) {
            Box older = tracks.get(i).landmarks.bounds();
            for (int j = tracks.size() - 1; j > i; j--) {
                if (NonMaximumSuppression.intersectionOverUnion(older, tracks.get(j).landmarks.bounds())
                        > DUPLICATE_IOU) {
                    tracks.remove(j);
                }
            }
        }
    }

    @Override
    public void close() {
        model.close();
        detector.close();
    }

    /** One followed face. */
    private static final class Track {
        final int id;
        final double score;
        Landmarks landmarks;
        FaceResult result;
        boolean detected;
        int unconfirmed;

        Track(int id, double score, Landmarks landmarks) {
            this.id = id;
            this.score = score;
            this.landmarks = landmarks;
        }
    }

    /** A followed face's new landmarks, its prediction and stage times. */
    private record Following(Landmarks landmarks, Prediction prediction, double cropMs, double inferMs) {
    }
}
