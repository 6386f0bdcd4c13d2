package org.landmarkstudio.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.metrics.CedPoint;
import org.landmarkstudio.core.metrics.MetricOptions;
import org.landmarkstudio.core.metrics.MetricSummary;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.subset.SubsetCatalog;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.BackendProvider;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.detect.FaceDetector;
import org.landmarkstudio.engine.detect.HaarFaceDetector;
import org.landmarkstudio.engine.detect.NonMaximumSuppression;
import org.landmarkstudio.engine.detect.UltraFaceDetector;
import org.landmarkstudio.engine.eval.CropSource;
import org.landmarkstudio.engine.eval.EvaluationReport;
import org.landmarkstudio.engine.eval.Evaluator;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.ModelProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code studio eval}: a model's NME, FR@0.1, AUC@0.1, CED, pose MAE and eye-aperture error on
 * labelled datasets, overall and per subset; with {@code --crop detector}, also the faces the
 * detector missed (counted and named, never measured).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure a landmark model on labelled datasets: NME, FR, AUC, CED, pose and eye errors, per subset.")
public final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private DatasetInputs inputs;

    @Option(names = "--model", required = true, paramLabel = "M", description = "The landmark model (.onnx).")
    private Path model;

    @Option(names = "--backend", paramLabel = "B", defaultValue = "float", description = "Backend (default float).")
    private String backend;

    @Option(names = "--crop", paramLabel = "FROM", defaultValue = "landmarks",
            description = "Crop each face from the ground-truth landmarks (SetPreparation, default), its box (box) "
                    + "or the box a face detector finds (detector; faces it misses are counted, not measured).")
    private String crop;

    @Option(names = "--detector", paramLabel = "D", defaultValue = "haar",
            description = "With --crop detector: haar (OpenCV's frontal-face cascade, default) or an UltraFace "
                    + "RFB-320 / slim-320 ONNX model.")
    private String detector;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        CropSource source;
        BackendProvider provider;
        try {
            source = CropSource.valueOf(crop.toUpperCase(Locale.ROOT));
            provider = Backends.byName(backend);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--crop is landmarks, box or detector, and --backend one of the available backends: " + e.getMessage());
        }
        List<FaceSample> samples = new ArrayList<>();
        Dataset first = null;
        for (Dataset d : inputs.read()) {
            first = first == null ? d : first;
            samples.addAll(d.samples());
        }
        Dataset all = Dataset.of(first.format(), first.source(), first.schema(), samples);
        MetricOptions options = new MetricOptions(MetricOptions.DEFAULT.normalization(),
                MetricOptions.DEFAULT.threshold(), MetricOptions.DEFAULT.cedIntervals(), inputs.eyes());
        EvaluationReport report;
        try (ModelRunner runner = provider.open(model, BackendOptions.DEFAULT);
             FaceDetector faces = source == CropSource.DETECTOR ? openDetector(provider) : null) {
            FaceTranslator translator = new FaceTranslator(ModelProfiles.of(model, runner.inputs(), runner.outputs()));
            report = new Evaluator(runner, translator, source, options,
                    new SubsetCatalog(inputs.eyes(), SubsetCatalog.DEFAULT_LARGE_POSE_DEGREES), faces).evaluate(all);
        } catch (ModelException e) {
            throw new BadInputException(e.getMessage());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("backend", report.backend());
        doc.put("schema", report.schema());
        doc.putAll(view(report.overall()));
        doc.put("missed", report.missed().size());
        List<String> missedFaces = new ArrayList<>();
        for (Provenance p : report.missed()) {
            missedFaces.add(p.file() + ":" + p.line());
        }
        doc.put("missedFaces", missedFaces);
        Map<String, Object> subsets = new LinkedHashMap<>();
        new SubsetCatalog(inputs.eyes(), SubsetCatalog.DEFAULT_LARGE_POSE_DEGREES).builtIns().stream()
                .filter(s -> report.subsets().containsKey(s.name()))
                .forEach(s -> subsets.put(s.name(), view(report.subsets().get(s.name()))));
        doc.put("subsets", subsets);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), doc);
        } else {
            MetricSummary o = report.overall();
            spec.commandLine().getOut().printf(Locale.ROOT, "%d samples: NME %.4f, FR@0.1 %.4f, AUC@0.1 %.4f%n",
                    o.samples(), o.nme(), o.fr(), o.auc());
            if (source == CropSource.DETECTOR) {
                int missed = report.missed().size();
                spec.commandLine().getOut().printf("%s missed by the detector: %s%n",
                        missed == 1 ? "1 face" : missed + " faces", missedFaces);
            }
        }
        return ExitCode.DONE;
    }

    private FaceDetector openDetector(BackendProvider provider) throws ModelException {
        if (detector.equalsIgnoreCase("haar")) {
            return new HaarFaceDetector();
        }
        return new UltraFaceDetector(provider.open(Path.of(detector), BackendOptions.DEFAULT),
                UltraFaceDetector.DEFAULT_SCORE_THRESHOLD, NonMaximumSuppression.ULTRAFACE);
    }

    /** One summary in the JSON shape. */
    private static Map<String, Object> view(MetricSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", s.samples());
        m.put("excluded", s.excluded());
        m.put("nme", s.nme());
        m.put("fr10", s.fr());
        m.put("auc10", s.auc());
        List<double[]> ced = new ArrayList<>();
        for (CedPoint p : s.ced()) {
            ced.add(new double[] {p.threshold(), p.fraction()});
        }
        m.put("ced", ced);
        if (s.pose() != null) {
            Map<String, Double> pose = new LinkedHashMap<>();
            pose.put("yaw", s.pose().yaw());
            pose.put("pitch", s.pose().pitch());
            pose.put("roll", s.pose().roll());
            m.put("pose", pose);
        } else {
            m.put("pose", null);
        }
        m.put("eyeAperture", s.eyeAperture() == null ? null : s.eyeAperture().meanAbsError());
        return m;
    }
}
