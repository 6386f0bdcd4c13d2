package org.landmarkstudio.core.format.lapa;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One split folder of a LaPa dataset ({@code images/}, {@code landmarks/}, {@code labels/})
 * and where it sits below the folder the user opened, so image paths can be written relative
 * to that folder.
 *
 * @param name   the split's name (the folder name, e.g. {@code train})
 * @param folder the split folder
 * @param prefix the split folder relative to the opened folder, with a trailing {@code /},
 *               or empty when the opened folder is the split folder itself
 */
record LapaSplit(String name, Path folder, String prefix) {

    static final String IMAGES = "images";
    static final String LANDMARKS = "landmarks";
    static final String LABELS = "labels";
    static final String LANDMARK_SUFFIX = ".txt";
    static final String LABEL_SUFFIX = ".png";

    /** The provenance dataset name of this split's samples, {@code lapa/<split>}. */
    String dataset() {
        return LapaFormat.ID + "/" + name;
    }

    /**
     * The splits of {@code root}: the root itself when it has a {@code landmarks/} folder,
     * else each subfolder that has one, in name order.
     */
    static List<LapaSplit> under(Path root) throws IOException {
        if (Files.isDirectory(root.resolve(LANDMARKS))) {
            Path name = root.toAbsolutePath().normalize().getFileName();
            return List.of(new LapaSplit(name == null ? LapaFormat.ID : name.toString(), root, ""));
        }
        List<LapaSplit> splits = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted(Comparator.comparing(Path::toString)).toList()) {
                if (Files.isDirectory(child.resolve(LANDMARKS))) {
                    String name = child.getFileName().toString();
                    splits.add(new LapaSplit(name, child, name + "/"));
                }
            }
        }
        return splits;
    }

    /** Whether {@code folder} has a {@code landmarks/} folder with at least one {@code .txt} file. */
    static boolean hasLandmarkFiles(Path folder) throws IOException {
        Path landmarks = folder.resolve(LANDMARKS);
        if (!Files.isDirectory(landmarks)) {
            return false;
        }
        try (DirectoryStream<Path> txt = Files.newDirectoryStream(landmarks, "*" + LANDMARK_SUFFIX)) {
            return txt.iterator().hasNext();
        }
    }
}
