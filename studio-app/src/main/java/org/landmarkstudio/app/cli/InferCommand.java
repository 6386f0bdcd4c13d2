package org.landmarkstudio.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.landmarkstudio.engine.detect.NonMaximumSuppression;
import org.landmarkstudio.engine.detect.UltraFaceDetector;
import org.landmarkstudio.engine.pipeline.FacePipeline;
import org.landmarkstudio.engine.pipeline.FaceResult;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.ModelProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code studio infer}: faces, landmarks (image pixels) and pose (degrees) for each image, with
 * per-stage timings.
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Detect faces and run a landmark model on images; landmarks in image pixels, pose in degrees.")
public final class InferCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Image files (JPEG, PNG).")
    private List<Path> images = new ArrayList<>();

    @Option(names = "--model", required = true, paramLabel = "M", description = "The landmark model (.onnx).")
    private Path model;

    @Option(names = "--backend", paramLabel = "B", defaultValue = "float", description = "Backend (default float).")
    private String backend;

    @Option(names = "--detector", required = true, paramLabel = "MODEL",
            description = "An UltraFace RFB-320 or slim-320 ONNX detector.")
    private Path detector;

    @Option(names = "--crop", paramLabel = "MODE", defaultValue = "corrected",
            description = "PFPLD's crop: faithful (as its demos, bugs included) or corrected (default).")
    private String crop;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (detector.toString().equalsIgnoreCase("haar")) {
            throw new BadInputException("the Haar cascade detector is not part of the studio yet; "
                    + "give an UltraFace ONNX model with --detector");
        }
        InferenceCrop.Mode mode;
        BackendProvider provider;
        try {
            mode = InferenceCrop.Mode.valueOf(crop.toUpperCase(Locale.ROOT));
            provider = Backends.byName(backend);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--crop is faithful or corrected and --backend one of the available backends: " + e.getMessage());
        }
        List<Map<String, Object>> results = new ArrayList<>();
        try {
            ModelRunner runner = provider.open(model, BackendOptions.DEFAULT);
            FaceTranslator translator = new FaceTranslator(ModelProfiles.of(model, runner.inputs(), runner.outputs()));
            UltraFaceDetector faces = new UltraFaceDetector(provider.open(detector, BackendOptions.DEFAULT),
                    UltraFaceDetector.DEFAULT_SCORE_THRESHOLD, NonMaximumSuppression.ULTRAFACE);
            try (FacePipeline pipeline = new FacePipeline(faces, runner, translator, mode)) {
                for (Path image : images) {
                    results.add(describe(image, pipeline.run(BgrImage.of(decode(image)))));
                }
            }
        } catch (ModelException e) {
            throw new BadInputException(e.getMessage());
        }
        Object doc = results.size() == 1 ? results.get(0) : Map.of("images", results);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), doc);
        } else {
            for (Map<String, Object> r : results) {
                spec.commandLine().getOut().println(r.get("image") + ": " + ((List<?>) r.get("faces")).size() + " faces");
            }
        }
        return ExitCode.DONE;
    }

    private static BufferedImage decode(Path image) throws IOException {
        String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.(mp4|avi|mov|mkv|webm)$")) {
            throw new BadInputException(image + ": video input needs the JavaCV decoder, which is not part of the "
                    + "studio yet; extract frames as images for now");
        }
        BufferedImage decoded = ImageIO.read(image.toFile());
        if (decoded == null) {
            throw new BadInputException(image + ": not an image the studio can decode (JPEG, PNG, BMP, GIF)");
        }
        return decoded;
    }

    private static Map<String, Object> describe(Path image, List<FaceResult> faces) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FaceResult f : faces) {
            Map<String, Object> face = new LinkedHashMap<>();
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
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("image", image.toString());
        doc.put("faces", out);
        return doc;
    }
}
