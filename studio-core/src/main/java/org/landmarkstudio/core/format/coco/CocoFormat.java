package org.landmarkstudio.core.format.coco;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;

/**
 * The COCO keypoints codec: exports a dataset as one COCO keypoints JSON file, with the
 * studio's pose, flags and eye labels as per-annotation attributes, so that annotators can
 * move faces to CVAT or Label Studio and back; it also imports plain COCO keypoints files
 * of 98, 106 or 68 points from other tools.
 *
 * <p>Reading resolves each {@code file_name} against {@link ReadOptions#imageRoot()}, or the
 * JSON's own folder when that is {@code null}. Writing maps every face into the dataset's
 * schema and writes to the given {@code .json} path.
 */
public final class CocoFormat implements DatasetFormat {

    /** The format id. */
    public static final String ID = "coco";

    /** How much of a file the sniffer reads; the studio writes {@code categories} within it. */
    private static final int SNIFF_BYTES = 8192;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "COCO keypoints JSON (CVAT, Label Studio): images, annotations with keypoints, categories";
    }

    /** True for a {@code .json} file whose first 8 KiB mention {@code "annotations"} or {@code "categories"}. */
    @Override
    public boolean sniff(Path path) throws IOException {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        String start = new String(head, StandardCharsets.UTF_8);
        return start.contains("\"annotations\"") || start.contains("\"categories\"");
    }

    @Override
    public Dataset read(Path path, ReadOptions options) throws IOException {
        return new CocoReader(path, options).read();
    }

    @Override
    public void write(Dataset dataset, Path out) throws IOException {
        new CocoWriter().write(dataset, out);
    }
}
