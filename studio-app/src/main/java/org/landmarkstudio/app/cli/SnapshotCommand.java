package org.landmarkstudio.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.landmarkstudio.app.gui.StudioView;
import org.landmarkstudio.app.gui.snapshot.StudioSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studio snapshot}: one view of the studio rendered off-screen to a PNG, no display needed. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render a view of the studio to a PNG without a display (for figures and docs).")
public final class SnapshotCommand implements Callable<Integer> {

    @Option(names = "--dataset", paramLabel = "PATH", description = "Dataset to show (default: the built-in sample sets).")
    private Path dataset;

    @Option(names = "--index", paramLabel = "I", defaultValue = "0", description = "Face index in the dataset (default 0).")
    private int index;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "gallery",
            description = "gallery, annotate, mapping, eyes or pose (default gallery).")
    private String view;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    private Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1440x900", description = "Window size (default 1440x900).")
    private String size;

    @Override
    public Integer call() throws Exception {
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(wh[0]);
            height = Integer.parseInt(wh[1]);
        } catch (RuntimeException e) {
            throw new BadInputException("--size must look like 1440x900, not '" + size + "'");
        }
        if (width < 320 || height < 240 || wh.length != 2) {
            throw new BadInputException("--size must be at least 320x240, not '" + size + "'");
        }
        StudioView v;
        try {
            v = StudioView.byName(view);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try {
            StudioSnapshot.render(dataset, index, v, width, height, out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return ExitCode.DONE;
    }
}
