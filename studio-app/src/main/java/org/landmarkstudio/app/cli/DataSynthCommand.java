package org.landmarkstudio.app.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.landmarkstudio.core.dataset.AtomicFileWriter;
import org.landmarkstudio.sampledata.FaceGenerator;
import org.landmarkstudio.sampledata.SynthOptions;
import org.landmarkstudio.sampledata.SyntheticFace;
import org.landmarkstudio.sampledata.export.SyntheticSetReport;
import org.landmarkstudio.sampledata.export.SyntheticSetWriter;
import org.landmarkstudio.sampledata.render.ContactSheet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studio data synth}: generates labelled synthetic faces (exact landmarks, pose and eye
 * states) in any of the studio's dataset formats.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Generate synthetic faces with exact landmarks, pose and eye states as a dataset.")
public final class DataSynthCommand implements Callable<Integer> {

    private static final int SHEET_FACES = 64;
    private static final int SHEET_COLUMNS = 8;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many faces.")
    private int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Random seed (default 0).")
    private long seed;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "Dataset format: wflw, lapa, 300wlp, aflw2000, pfpld.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Option(names = "--image-size", paramLabel = "PX", defaultValue = "256",
            description = "Image width and height in pixels (default 256).")
    private int imageSize;

    @Option(names = "--closed-eye-fraction", paramLabel = "P", defaultValue = "0.3",
            description = "Share of faces with at least one closed eye (default 0.3).")
    private double closedEyeFraction;

    @Option(names = "--occlusion-fraction", paramLabel = "P", defaultValue = "0.15",
            description = "Share of faces with a mask, sunglasses, hand or object (default 0.15).")
    private double occlusionFraction;

    @Option(names = "--large-pose-fraction", paramLabel = "P", defaultValue = "0.25",
            description = "Share of faces turned beyond 30 degrees (default 0.25).")
    private double largePoseFraction;

    @Option(names = "--contact-sheet", paramLabel = "FILE.png",
            description = "Also write a contact sheet of the first 64 faces as PNG.")
    private Path contactSheet;

    @Option(names = "--sheet-landmarks", description = "Draw the landmarks on the contact sheet.")
    private boolean sheetLandmarks;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1, not " + count);
        }
        SynthOptions options;
        try {
            options = new SynthOptions(imageSize, closedEyeFraction, occlusionFraction, largePoseFraction);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SyntheticSetReport report;
        try {
            report = new SyntheticSetWriter(options).write(format, count, seed, out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (contactSheet != null) {
            FaceGenerator generator = new FaceGenerator(options);
            List<SyntheticFace> faces = new ArrayList<>();
            for (int i = 0; i < Math.min(count, SHEET_FACES); i++) {
                faces.add(generator.generate(seed, i));
            }
            BufferedImage sheet = ContactSheet.of(faces, SHEET_COLUMNS, sheetLandmarks);
            AtomicFileWriter.write(contactSheet, stream -> ImageIO.write(sheet, "png", stream));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", report.format());
        doc.put("dataset", report.dataset().toString());
        doc.put("faces", report.faces());
        doc.put("seed", seed);
        if (contactSheet != null) {
            doc.put("contactSheet", contactSheet.toString());
        }
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getOut().println("wrote " + report.faces() + " synthetic faces as " + report.format()
                    + "; open it with: ./studio data stats " + report.dataset());
        }
        return ExitCode.DONE;
    }
}
