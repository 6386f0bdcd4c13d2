package org.landmarkstudio.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.landmarkstudio.app.gui.workspace.BuiltInSamples;

/** Copies of the built-in sample sets in a test's folder, so that saving never touches the repository. */
final class SampleSets {

    private SampleSets() {
    }

    /** A copy of the WFLW sample list, next to a link to its images; returns the list file. */
    static Path wflwCopy(Path dir) throws IOException {
        Path list = BuiltInSamples.paths().get(0);
        Path images = list.getParent().getParent().resolve("WFLW_images").toAbsolutePath();
        Path copy = dir.resolve("WFLW_annotations").resolve(list.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(list, copy);
        Files.createSymbolicLink(dir.resolve("WFLW_images"), images);
        return copy;
    }

    /** A copy of the 300W-LP sample folder (images and .mat files); returns the folder. */
    static Path lp300wCopy(Path dir) throws IOException {
        Path folder = BuiltInSamples.paths().get(2);
        Path copy = dir.resolve("300wlp").resolve(folder.getFileName());
        Files.createDirectories(copy);
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
