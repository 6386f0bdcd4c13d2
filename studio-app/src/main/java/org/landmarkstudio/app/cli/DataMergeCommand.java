package org.landmarkstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.trainset.PfpldTrainingSetBuilder;
import org.landmarkstudio.core.trainset.TrainingSetOptions;
import org.landmarkstudio.core.trainset.TrainingSetReport;
import org.landmarkstudio.core.trainset.TrainingSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studio data merge}: PFPLD's training-set recipe — WFLW, closed-eye LaPa faces and
 * 300W-LP — as a PFPLD list with 112x112 crops.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Build PFPLD's training set: WFLW + closed-eye LaPa (106->98) + 300W-LP (68->98, pose), "
                + "as 112x112 crops and a PFPLD list.")
public final class DataMergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--wflw", paramLabel = "A", description = "WFLW annotation files (repeatable).")
    private List<Path> wflw = new ArrayList<>();

    @Option(names = "--lapa", paramLabel = "B", description = "LaPa folders (repeatable); closed-eye faces are kept.")
    private List<Path> lapa = new ArrayList<>();

    @Option(names = "--300wlp", paramLabel = "C", description = "300W-LP folders (repeatable).")
    private List<Path> lp300w = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (list.txt, imgs/).")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Random seed (default 0).")
    private long seed;

    @Option(names = "--augment", paramLabel = "N", defaultValue = "0",
            description = "Extra augmented crops per WFLW/LaPa face (SetPreparation's rotation and mirror; default 0).")
    private int augment;

    @Option(names = "--eye-threshold", paramLabel = "EAR", defaultValue = "0.1",
            description = "Eye aspect ratio at or below which a LaPa eye is closed (default 0.1).")
    private double eyeThreshold;

    @Option(names = "--strict", description = "Fail on the first input problem.")
    private boolean strict;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (wflw.isEmpty() && lapa.isEmpty() && lp300w.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give at least one of --wflw, --lapa, --300wlp");
        }
        List<Problem> problems = new ArrayList<>();
        List<Dataset> wflwSets = read(wflw, null, problems);
        List<Dataset> lapaSets = read(lapa, "lapa", problems);
        List<Dataset> lpSets = read(lp300w, "300wlp", problems);
        PfpldTrainingSetBuilder builder = new PfpldTrainingSetBuilder(
                new TrainingSetOptions(seed, new EyeAperture(eyeThreshold), augment));
        TrainingSetReport report = builder.build(wflwSets, lapaSets, lpSets, out);
        problems.addAll(report.problems());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("list", report.list().toString());
        doc.put("rows", report.totalRows());
        Map<String, Object> sources = new LinkedHashMap<>();
        for (TrainingSource source : TrainingSource.values()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("faces", report.faces().get(source));
            counts.put("rows", report.rows().get(source));
            sources.put(source.key(), counts);
        }
        doc.put("sources", sources);
        doc.put("lapaOpenEyedSkipped", report.filtered());
        doc.put("problems", ProblemView.of(problems));
        PrintWriter outWriter = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(outWriter, doc);
        } else {
            outWriter.println("wrote " + report.totalRows() + " rows to " + report.list() + " " + sources
                    + (problems.isEmpty() ? "" : "; " + problems.size() + " problems"));
        }
        return ExitCode.DONE;
    }

    private List<Dataset> read(List<Path> paths, String format, List<Problem> problems) throws IOException {
        DatasetFormats formats = DatasetFormats.standard();
        ReadOptions readOptions = ReadOptions.DEFAULT.withStrict(strict);
        List<Dataset> sets = new ArrayList<>();
        for (Path p : paths) {
            Dataset d = formats.read(p, format, readOptions);
            problems.addAll(d.problems());
            sets.add(d);
        }
        return sets;
    }
}
