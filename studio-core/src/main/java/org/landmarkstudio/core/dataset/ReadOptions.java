package org.landmarkstudio.core.dataset;

import java.nio.file.Path;

/**
 * How to read a dataset.
 *
 * @param imageRoot where image paths in the file are resolved, or {@code null} for the
 *                  format's default (usually next to the annotation file)
 * @param strict    fail on the first problem instead of collecting problems
 * @param checkImages report samples whose image file does not exist
 */
public record ReadOptions(Path imageRoot, boolean strict, boolean checkImages) {

    /** Lenient reading with default image locations and image checks on. */
    public static final ReadOptions DEFAULT = new ReadOptions(null, false, true);

    public ReadOptions withImageRoot(Path root) {
        return new ReadOptions(root, strict, checkImages);
    }

    public ReadOptions withStrict(boolean value) {
        return new ReadOptions(imageRoot, value, checkImages);
    }
}
