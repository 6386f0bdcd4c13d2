package org.landmarkstudio.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.crop.InferenceCrop;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.BackendProvider;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.detect.FaceDetector;
import org.landmarkstudio.engine.detect.HaarFaceDetector;
import org.landmarkstudio.engine.detect.NonMaximumSuppression;
import org.landmarkstudio.engine.detect.UltraFaceDetector;
import org.landmarkstudio.engine.pipeline.FacePipeline;
import org.landmarkstudio.engine.pipeline.FaceResult;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.ModelProfiles;
import org.landmarkstudio.engine.video.FaceTracker;
import org.landmarkstudio.engine.video.TrackedFace;
import org.landmarkstudio.engine.video.TrackedFrame;
import org.landmarkstudio.engine.video.TrackingPolicy;
import org.landmarkstudio.engine.video.VideoException;
import org.landmarkstudio.engine.video.VideoFrame;
import org.landmarkstudio.engine.video.VideoSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code studio infer}: faces, landmarks (image pixels) and pose (degrees) for each photo, video
 * frame or webcam frame, with per-stage timings.
 *
 * <p>Photos go through {@link FacePipeline} (detect, crop, infer). Videos ({@code .mp4},
 * {@code .avi}, {@code .mov}, {@code .mkv}, {@code .webm}) and cameras ({@code webcam:N},
 * {@code /dev/videoN}) go through {@link FaceTracker}, which detects only when it must; each frame
 * is reported like a photo, with its index, its time and the face's track number, and the video
 * as a whole with its frame count, detector runs and the frames processed per second (wall clock,
 * decoding included).
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Detect faces and run a landmark model on images, videos or a webcam; "
                + "landmarks in image pixels, pose in degrees.")
public final class InferCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Image files (JPEG, PNG), video files (mp4, avi, mov, mkv, webm) or webcam:N.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--model", required = true, paramLabel = "M", description = "The landmark model (.onnx).")
    private Path model;

    @Option(names = "--backend", paramLabel = "B", defaultValue = "float", description = "Backend (default float).")
    private String backend;

    @Option(names = "--detector", paramLabel = "D", defaultValue = "haar",
            description = "haar (OpenCV's frontal-face cascade, default) or an UltraFace RFB-320 / slim-320 ONNX model.")
    private String detector;

    @Option(names = "--crop", paramLabel = "MODE", defaultValue = "corrected",
            description = "PFPLD's crop: faithful (as its demos, bugs included) or corrected (default).")
    private String crop;

    @Option(names = "--max-frames", paramLabel = "N", defaultValue = "0",
            description = "Stop a video or webcam after N frames (default 0: until the stream ends).")
    private int maxFrames;

    @Option(names = "--redetect-every", paramLabel = "N", defaultValue = "5",
            description = "On video, run the detector at least every N frames (default 5; 1 = every frame).")
    private int redetectEvery;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        InferenceCrop.Mode mode;
        BackendProvider provider;
        TrackingPolicy policy;
        try {
            mode = InferenceCrop.Mode.valueOf(crop.toUpperCase(Locale.ROOT));
            provider = Backends.byName(backend);
            TrackingPolicy d = TrackingPolicy.DEFAULT;
            policy = new TrackingPolicy(redetectEvery, d.maxScaleChange(), d.minFaceSize(), d.matchIou(),
                    d.reseedIou(), d.maxUnconfirmed(), d.sceneCut());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--crop is faithful or corrected, "
                    + "--backend one of the available backends, --redetect-every at least 1: " + e.getMessage());
        }
        if (maxFrames < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-frames must be >= 0");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        try {
            FacePipeline pipeline = null;
            try {
                for (String input : inputs) {
                    if (VideoSource.isVideo(input)) {
                        results.add(video(input, provider, mode, policy));
                    } else {
                        if (pipeline == null) {
                            ModelRunner runner = provider.open(model, BackendOptions.DEFAULT);
                            try {
                                pipeline = new FacePipeline(openDetector(provider), runner, translator(runner), mode);
                            } catch (ModelException | RuntimeException e) {
                                runner.close();
                                throw e;
                            }
                        }
                        BufferedImage decoded = decode(Path.of(input));
                        Map<String, Object> doc = new LinkedHashMap<>();
                        doc.put("image", input);
                        doc.put("faces", faces(pipeline.run(BgrImage.of(decoded)), null));
                        results.add(doc);
                    }
                }
            } finally {
                if (pipeline != null) {
                    pipeline.close();
                }
            }
        } catch (ModelException | VideoException e) {
            throw new BadInputException(e.getMessage());
        }
        Object doc = results.size() == 1 ? results.get(0) : Map.of("images", results);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), doc);
        } else {
            for (Map<String, Object> r : results) {
                if (r.containsKey("image")) {
                    spec.commandLine().getOut().println(r.get("image") + ": " + faceCount(((List<?>) r.get("faces")).size()));
                }
            }
        }
        return ExitCode.DONE;
    }

    /** Runs the tracker over one video or camera; prints a line per frame unless JSON was asked for. */
    private Map<String, Object> video(String input, BackendProvider provider, InferenceCrop.Mode mode,
                                      TrackingPolicy policy) throws ModelException, VideoException {
        List<Map<String, Object>> frames = new ArrayList<>();
        ModelRunner runner = provider.open(model, BackendOptions.DEFAULT);
        FaceTracker tracker;
        try {
            tracker = new FaceTracker(openDetector(provider), runner, translator(runner), mode, policy);
        } catch (ModelException | RuntimeException e) {
            runner.close();
            throw e;
        }
        long start;
        int detectorRuns;
        String name;
        try (tracker; VideoSource source = VideoSource.open(input)) {
            name = source.name();
            start = System.nanoTime();
            Optional<VideoFrame> next;
            while ((maxFrames == 0 || frames.size() < maxFrames) && (next = source.next()).isPresent()) {
                VideoFrame frame = next.get();
                TrackedFrame found = tracker.next(frame.image());
                List<FaceResult> results = new ArrayList<>();
                List<Integer> ids = new ArrayList<>();
                for (TrackedFace face : found.faces()) {
                    results.add(face.result());
                    ids.add(face.id());
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("index", frame.index());
                doc.put("seconds", frame.timestampMicros() / 1e6);
                doc.put("detected", found.detectorRan());
                doc.put("faces", faces(results, ids));
                frames.add(doc);
                if (!json) {
                    spec.commandLine().getOut().printf(Locale.ROOT, "%s frame %d (%.3f s): %s%s%n", name,
                            frame.index(), frame.timestampMicros() / 1e6, faceCount(results.size()),
                            found.detectorRan() ? ", detector ran" : "");
                }
            }
            detectorRuns = tracker.detectorRuns();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double fps = frames.isEmpty() ? 0 : frames.size() / seconds;
        if (!json) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d frames, %.1f fps, %d detector runs%n", name,
                    frames.size(), fps, detectorRuns);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("video", name);
        doc.put("frameCount", frames.size());
        doc.put("fps", fps);
        doc.put("detectorRuns", detectorRuns);
        doc.put("frames", frames);
        return doc;
    }

    private FaceDetector openDetector(BackendProvider provider) throws ModelException {
        if (detector.equalsIgnoreCase("haar")) {
            return new HaarFaceDetector();
        }
        return new UltraFaceDetector(provider.open(Path.of(detector), BackendOptions.DEFAULT),
                UltraFaceDetector.DEFAULT_SCORE_THRESHOLD, NonMaximumSuppression.ULTRAFACE);
    }

    private FaceTranslator translator(ModelRunner runner) throws ModelException {
        return new FaceTranslator(ModelProfiles.of(model, runner.inputs(), runner.outputs()));
    }

    private static BufferedImage decode(Path image) throws IOException {
        BufferedImage decoded = ImageIO.read(image.toFile());
        if (decoded == null) {
            throw new BadInputException(image + ": not an image the studio can decode (JPEG, PNG, BMP, GIF)");
        }
        return decoded;
    }

    private static String faceCount(int n) {
        return n == 1 ? "1 face" : n + " faces";
    }

    /** The faces in the JSON shape of the issue; {@code ids} adds each face's track number on video. */
    private static List<Map<String, Object>> faces(List<FaceResult> faces, List<Integer> ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < faces.size(); k++) {
            FaceResult f = faces.get(k);
            Map<String, Object> face = new LinkedHashMap<>();
            if (ids != null) {
                face.put("track", ids.get(k));
            }
            face.put("box", new double[] {f.box().x1(), f.box().y1(), f.box().x2(), f.box().y2()});
            face.put("score", f.score());
            Landmarks lm = f.landmarks();
            List<double[]> points = new ArrayList<>(lm.size());
            for (int i = 0; i < lm.size(); i++) {
                points.add(new double[] {lm.x(i), lm.y(i)});
            }
            face.put("landmarks", points);
            if (f.pose() != null) {
                face.put("pose", Map.of("yaw", f.pose().yaw(), "pitch", f.pose().pitch(), "roll", f.pose().roll()));
            } else {
                face.put("pose", null);
            }
            Map<String, Double> ms = new LinkedHashMap<>();
            ms.put("detect", f.ms().detect());
            ms.put("crop", f.ms().crop());
            ms.put("infer", f.ms().infer());
            face.put("ms", ms);
            out.add(face);
        }
        return out;
    }
}
