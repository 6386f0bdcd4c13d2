package org.landmarkstudio.core.format.mat;

import java.nio.file.Path;
import java.util.Set;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * Where one sample goes in an output folder: its .mat and the copy of its image, both named
 * after the sample's image path so that the folder reads back as the same dataset.
 *
 * <p>A MAT dataset holds one face per {@code name.mat}; formats such as WFLW annotate several
 * faces of one image. The second and later faces of an image get the names {@code name_2},
 * {@code name_3}, ... (each with its own image copy, as 300W-LP does for its faces).
 *
 * @param mat   the .mat to write
 * @param image the image copy beside it
 */
record SampleTarget(Path mat, Path image) {

    private static final String DEFAULT_EXTENSION = ".jpg";

    /**
     * The target of {@code sample} below {@code outDir} (absolute, normalized), with a name not
     * in {@code taken}; the name is added to {@code taken}.
     *
     * @throws DatasetException when the image path is absolute or leaves the dataset root, so
     *                          that no name inside {@code outDir} can be derived from it
     */
    static SampleTarget allocate(Path outDir, FaceSample sample, Set<String> taken) throws DatasetException {
        String written = sample.image().written().replace('\\', '/');
        Path relative = Path.of(written).normalize();
        if (written.isBlank() || relative.isAbsolute() || relative.startsWith("..")) {
            Path file = sample.provenance().file() != null ? sample.provenance().file() : outDir;
            throw new DatasetException(Problem.ofFile(file, "image path \"" + written
                    + "\" is not relative to the dataset root; expected a path like SUBSET/name.jpg to place "
                    + "the sample's .mat under " + outDir));
        }
        String path = relative.toString().replace('\\', '/');
        int dot = path.lastIndexOf('.');
        boolean hasExtension = dot > path.lastIndexOf('/') + 1;
        String stem = hasExtension ? path.substring(0, dot) : path;
        String extension = hasExtension ? path.substring(dot) : DEFAULT_EXTENSION;
        String name = stem;
        for (int face = 2; !taken.add(name); face++) {
            name = stem + "_" + face;
        }
        return new SampleTarget(outDir.resolve(name + ".mat"), outDir.resolve(name + extension));
    }
}
