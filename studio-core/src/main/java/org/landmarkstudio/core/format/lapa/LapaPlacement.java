package org.landmarkstudio.core.format.lapa;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Provenance;

/**
 * Where a sample goes in a written LaPa folder, and what of its LaPa origin it carries.
 *
 * <p>A sample read from LaPa keeps its place relative to the folder it was read from (its
 * split prefix and basename), so writing a dataset back to where it came from updates it in
 * place. A sample from another format goes to a split named after its source dataset
 * ({@code wflw}, {@code 300w-lp_IBUG}) under its image's basename.
 *
 * @param prefix     the split folder relative to the output folder, with a trailing {@code /}, or empty
 * @param name       the basename shared by the landmark file, image and label map
 * @param source     the landmark file the sample was read from, or {@code null} for a sample that did not come from LaPa
 * @param label      the label map to copy, or {@code null} for a sample that did not come from LaPa
 * @param sourceText the landmark file's original text, or {@code null}
 */
record LapaPlacement(String prefix, String name, Path source, Path label, String sourceText) {

    private static final Pattern LAPA_IMAGE = Pattern.compile("(.*/)?" + LapaSplit.IMAGES + "/[^/]+");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final String FALLBACK_SPLIT = "faces";

    /** The placement of {@code sample}. */
    static LapaPlacement of(FaceSample sample) {
        Provenance provenance = sample.provenance();
        String written = sample.image().written();
        Matcher image = LAPA_IMAGE.matcher(written);
        Path file = provenance.file();
        boolean fromLapa = provenance.dataset() != null && provenance.dataset().startsWith(LapaFormat.ID + "/")
                && file != null && file.getFileName().toString().endsWith(LapaSplit.LANDMARK_SUFFIX)
                && image.matches();
        if (fromLapa) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - LapaSplit.LANDMARK_SUFFIX.length());
            String prefix = image.group(1) == null ? "" : image.group(1);
            Path splitFolder = file.toAbsolutePath().getParent().getParent();
            Path label = splitFolder.resolve(LapaSplit.LABELS).resolve(name + LapaSplit.LABEL_SUFFIX);
            return new LapaPlacement(prefix, name, file, label, provenance.sourceText());
        }
        String split = provenance.dataset() == null ? "" : UNSAFE.matcher(provenance.dataset()).replaceAll("_");
        return new LapaPlacement((split.isEmpty() ? FALLBACK_SPLIT : split) + "/", baseName(written), null, null, null);
    }

    /** The same place under another basename, used when two samples would share one. */
    LapaPlacement renamed(String newName) {
        return new LapaPlacement(prefix, newName, source, label, sourceText);
    }

    private static String baseName(String written) {
        String fileName = written.substring(Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\')) + 1);
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
