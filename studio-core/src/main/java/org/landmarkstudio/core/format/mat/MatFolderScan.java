package org.landmarkstudio.core.format.mat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.landmarkstudio.core.sample.ImageRef;

/**
 * The .mat files and images of a dataset root, found once so that the readers agree on which
 * files are samples and where each sample's image is.
 *
 * <p>The root is any folder whose subfolders (at any depth, or itself) hold {@code name.mat} +
 * {@code name.jpg} pairs, whatever the subset folders are called; a single .mat file is a
 * one-sample dataset rooted at its folder. Folders named {@value #SIDECAR_FOLDER} hold
 * 300W-LP's {@code _pts.mat} sidecars, not samples, and are not searched.
 *
 * @param root           the absolute dataset root; image paths are written relative to it
 * @param mats           the sample files, sorted by path
 * @param unpairedImages images that have no .mat beside them, sorted by path
 */
record MatFolderScan(Path root, List<Path> mats, List<Path> unpairedImages) {

    /** The 300W-LP folder of {@code _pts.mat} sidecars. */
    static final String SIDECAR_FOLDER = "landmarks";
    /** Image extensions looked for beside a .mat, in order of preference. */
    static final List<String> IMAGE_EXTENSIONS = List.of(".jpg", ".png");

    MatFolderScan {
        mats = List.copyOf(mats);
        unpairedImages = List.copyOf(unpairedImages);
    }

    /** Scans a folder, or takes a single file as the only sample. */
    static MatFolderScan of(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            return new MatFolderScan(absolute.getParent(), List.of(absolute), List.of());
        }
        List<Path> mats = new ArrayList<>();
        List<Path> images = new ArrayList<>();
        Files.walkFileTree(absolute, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean sidecars = !dir.equals(absolute) && dir.getFileName().toString().equals(SIDECAR_FOLDER);
                return sidecars ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.endsWith(".mat")) {
                    mats.add(file);
                } else if (IMAGE_EXTENSIONS.stream().anyMatch(name::endsWith)) {
                    images.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Set<Path> annotated = new HashSet<>(mats);
        List<Path> unpaired = new ArrayList<>();
        for (Path image : images) {
            if (!annotated.contains(image.resolveSibling(stem(image) + ".mat"))) {
                unpaired.add(image);
            }
        }
        mats.sort(null);
        unpaired.sort(null);
        return new MatFolderScan(absolute, mats, unpaired);
    }

    /** A file name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /**
     * The image of {@code mat}: written relative to the root with '/' separators, resolved
     * under {@code imageRoot} when given, else under the root. The first extension of
     * {@link #IMAGE_EXTENSIONS} that exists wins; {@code .jpg} when none does.
     */
    ImageRef imageOf(Path mat, Path imageRoot) {
        Path base = imageRoot != null ? imageRoot : root;
        String folder = root.relativize(mat.getParent()).toString().replace('\\', '/');
        String prefix = folder.isEmpty() ? "" : folder + "/";
        for (String extension : IMAGE_EXTENSIONS) {
            String written = prefix + stem(mat) + extension;
            if (Files.isRegularFile(base.resolve(written))) {
                return new ImageRef(written, base.resolve(written));
            }
        }
        String written = prefix + stem(mat) + IMAGE_EXTENSIONS.get(0);
        return new ImageRef(written, base.resolve(written));
    }
}
