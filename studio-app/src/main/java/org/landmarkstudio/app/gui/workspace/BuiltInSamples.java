package org.landmarkstudio.app.gui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic sample sets shipped in {@code sample-data/sets} (WFLW, LaPa, 300W-LP and PFPLD's
 * merged list, 48 faces each), which {@code ./studio} opens when given no dataset.
 *
 * <p>The launcher passes the repository root as the system property {@code studio.home}; without
 * it the working directory and its parent are tried, so tests running in a module folder find them.
 */
public final class BuiltInSamples {

    /** The files or folders to open, relative to {@code sample-data/sets}. */
    private static final List<String> SETS = List.of(
            "wflw/WFLW_annotations/list_98pt_rect_attr_synthetic.txt",
            "lapa/synthetic",
            "300wlp/synthetic",
            "pfpld/list.txt");

    private BuiltInSamples() {
    }

    /**
     * The sample sets that exist.
     *
     * @throws IllegalStateException when no {@code sample-data/sets} folder is found
     */
    public static List<Path> paths() {
        Path sets = setsFolder();
        List<Path> out = new ArrayList<>();
        for (String set : SETS) {
            Path p = sets.resolve(set);
            if (Files.exists(p)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    private static Path setsFolder() {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty("studio.home");
        if (home != null) {
            roots.add(Path.of(home));
        }
        Path cwd = Path.of("").toAbsolutePath();
        roots.add(cwd);
        if (cwd.getParent() != null) {
            roots.add(cwd.getParent());
        }
        for (Path root : roots) {
            Path sets = root.resolve("sample-data").resolve("sets");
            if (Files.isDirectory(sets)) {
                return sets;
            }
        }
        throw new IllegalStateException("the built-in sample sets (sample-data/sets) are not in " + roots
                + "; run ./studio from the repository, or open datasets with ./studio open PATH...");
    }
}
