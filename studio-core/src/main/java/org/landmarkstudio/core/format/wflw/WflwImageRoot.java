package org.landmarkstudio.core.format.wflw;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the folder WFLW image paths are relative to.
 *
 * <p>WFLW ships its lists in {@code WFLW_annotations/...} and the images in a separate
 * {@code WFLW_images} folder, usually side by side; the lists name images relative to that
 * folder ({@code 12--Group/12_Group_Group_12_Group_Group_12_12.jpg}).
 */
final class WflwImageRoot {

    /** The folder name WFLW's image archive unpacks to. */
    static final String FOLDER = "WFLW_images";

    private WflwImageRoot() {
    }

    /**
     * The first {@code WFLW_images} folder found inside the annotation file's folder or inside
     * one of its ancestors (which covers a sibling of every folder on the way up); the
     * annotation file's own folder when there is none, so that missing images are reported
     * where they were looked for.
     */
    static Path find(Path annotationFile) {
        Path folder = annotationFile.toAbsolutePath().getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FOLDER);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return folder;
    }
}
