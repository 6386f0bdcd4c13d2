package org.landmarkstudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.stats.DatasetStats;
import org.landmarkstudio.core.subset.SubsetCatalog;
import org.landmarkstudio.core.subset.SubsetCount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code studio data stats}: sample and problem counts, closed-eye counts, WFLW attribute counts
 * and pose ranges over one or more datasets taken together.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Summarize datasets: samples, problems, closed eyes, WFLW attributes, pose ranges, subset sizes.")
public final class DataStatsCommand implements Callable<Integer> {

    /** How many problems the text summary lists before pointing at {@code data validate}. */
    private static final int PROBLEMS_IN_TEXT = 10;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private DatasetInputs inputs;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Dataset dataset = combine(inputs.read());
        DatasetStats stats = DatasetStats.of(dataset, inputs.eyes());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", stats.format());
        doc.put("schema", stats.schema());
        doc.put("samples", stats.samples());
        doc.put("skipped", stats.skipped());
        doc.put("problems", ProblemView.of(stats.problems()));
        doc.put("closedEye", stats.closedEye());
        doc.put("attributes", stats.attributes());
        if (stats.pose() != null) {
            doc.put("pose", stats.pose());
        }
        Map<String, Integer> subsets = new LinkedHashMap<>();
        for (SubsetCount count : new SubsetCatalog(inputs.eyes(), SubsetCatalog.DEFAULT_LARGE_POSE_DEGREES)
                .count(dataset.samples())) {
            subsets.put(count.name(), count.count());
        }
        doc.put("subsets", subsets);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, doc);
        } else {
            printText(out, stats);
        }
        return ExitCode.DONE;
    }

    /** Several datasets as one: formats and schemas joined with '+' when they differ. */
    private static Dataset combine(List<Dataset> datasets) {
        if (datasets.size() == 1) {
            return datasets.get(0);
        }
        Set<String> formats = new LinkedHashSet<>();
        Set<PointSchema> schemas = new LinkedHashSet<>();
        List<FaceSample> samples = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int skipped = 0;
        for (Dataset d : datasets) {
            formats.add(d.format());
            schemas.add(d.schema());
            samples.addAll(d.samples());
            problems.addAll(d.problems());
            skipped += d.skipped();
        }
        Path source = datasets.get(0).source();
        PointSchema schema = schemas.size() == 1 ? schemas.iterator().next() : null;
        return new Dataset(String.join("+", formats), source, schema, samples, problems, skipped);
    }

    private static void printText(PrintWriter out, DatasetStats s) {
        out.printf("format %s, schema %s: %d samples, %d skipped, %d problems%n",
                s.format(), s.schema() == null ? "mixed" : s.schema(), s.samples(), s.skipped(), s.problems().size());
        out.printf("closed eyes: left %d, right %d, both %d, either %d%n",
                s.closedEye().left(), s.closedEye().right(), s.closedEye().both(), s.closedEye().either());
        out.println("attributes: " + s.attributes());
        if (s.pose() != null) {
            out.printf("pose (%d samples): yaw %.1f..%.1f, pitch %.1f..%.1f, roll %.1f..%.1f degrees%n",
                    s.pose().samples(), s.pose().yaw().min(), s.pose().yaw().max(), s.pose().pitch().min(),
                    s.pose().pitch().max(), s.pose().roll().min(), s.pose().roll().max());
        }
        int shown = Math.min(s.problems().size(), PROBLEMS_IN_TEXT);
        s.problems().subList(0, shown).forEach(out::println);
        if (shown < s.problems().size()) {
            out.println("... and " + (s.problems().size() - shown) + " more problems (studio data validate lists them all)");
        }
    }
}
