package org.landmarkstudio.core.format.mat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides cheaply whether a path holds a MAT dataset of one kind: it finds one .mat (the path
 * itself, or one in the folder or its subfolders, two levels at most) and tests that file's
 * variables, never more than one file.
 */
final class MatSniffer {

    private MatSniffer() {
    }

    /** Whether the one .mat found for {@code path} loads and passes {@code looksRight}. */
    static boolean test(Path path, Predicate<MatContents> looksRight) throws IOException {
        Optional<Path> mat = firstMat(path);
        if (mat.isEmpty()) {
            return false;
        }
        try (MatContents contents = MatContents.load(mat.get())) {
            return looksRight.test(contents);
        } catch (UnreadableMatException e) {
            return false;
        }
    }

    private static Optional<Path> firstMat(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return path.getFileName().toString().endsWith(".mat") ? Optional.of(path) : Optional.empty();
        }
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        Optional<Path> direct = firstMatIn(path);
        if (direct.isPresent()) {
            return direct;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(path, Files::isDirectory)) {
            for (Path folder : folders) {
                if (!folder.getFileName().toString().equals(MatFolderScan.SIDECAR_FOLDER)) {
                    Optional<Path> nested = firstMatIn(folder);
                    if (nested.isPresent()) {
                        return nested;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> firstMatIn(Path folder) throws IOException {
        try (DirectoryStream<Path> mats = Files.newDirectoryStream(folder, "*.mat")) {
            for (Path mat : mats) {
                if (Files.isRegularFile(mat)) {
                    return Optional.of(mat);
                }
            }
        }
        return Optional.empty();
    }
}
