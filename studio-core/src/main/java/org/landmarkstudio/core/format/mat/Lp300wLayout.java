package org.landmarkstudio.core.format.mat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.dataset.ProblemSink;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Provenance;

/**
 * The 300W-LP layout: {@code <SUBSET>/<name>.mat} with {@code pt2d}, and optionally the
 * sidecar {@code landmarks/<SUBSET>/<name>_pts.mat} beside the subset folder, whose
 * {@code pts_2d} PFPLD's {@code create_300W_LP.py} prefers.
 *
 * <p>The landmark source is recorded in {@link Provenance#dataset()}: {@code 300w-lp/<SUBSET>}
 * for {@code pt2d}, {@code 300w-lp/<SUBSET>/pts_2d} for the sidecar, so that the writer puts an
 * edit back into the variable it came from, and a prefix query on {@code 300w-lp/<SUBSET>}
 * still finds both. The sidecar is used only when it lies inside the opened root (the subset
 * folder is below the root); when a subset folder or a single file is opened and a sidecar
 * exists beside it, {@code pt2d} is used and a problem says so, because an edit could not be
 * written back to a sidecar outside the output folder.
 */
final class Lp300wLayout implements MatLayout {

    static final String FORMAT_ID = "300wlp";
    private static final String DATASET_PREFIX = "300w-lp";
    private static final String SIDECAR_SUFFIX = "/" + LandmarkVariable.PTS_2D.variable();

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public LandmarkVariable variable() {
        return LandmarkVariable.PT2D;
    }

    @Override
    public SampleSource locate(MatFolderScan scan, Path mat, ReadOptions options, ProblemSink sink)
            throws DatasetException {
        ImageRef image = scan.imageOf(mat, options.imageRoot());
        String dataset = datasetName(mat);
        Optional<Path> sidecar = sidecarOf(mat).filter(Files::isRegularFile);
        boolean subsetBelowRoot = !mat.getParent().equals(scan.root());
        if (sidecar.isPresent() && subsetBelowRoot) {
            return new SampleSource(mat, sidecar.get(), LandmarkVariable.PTS_2D, image,
                    new Provenance(dataset + SIDECAR_SUFFIX, mat, 0, null));
        }
        if (sidecar.isPresent()) {
            sink.warn(Problem.atVariable(mat, LandmarkVariable.PT2D.variable(), "landmarks taken from pt2d although "
                    + "the sidecar " + sidecar.get() + " exists outside the opened folder; open the folder above "
                    + mat.getParent().getFileName() + " to take them from pts_2d as PFPLD does"));
        }
        return new SampleSource(mat, mat, LandmarkVariable.PT2D, image, new Provenance(dataset, mat, 0, null));
    }

    @Override
    public Optional<SampleSource> origin(FaceSample sample) {
        Provenance provenance = sample.provenance();
        if (provenance.file() == null || provenance.dataset() == null
                || !provenance.dataset().startsWith(DATASET_PREFIX + "/")) {
            return Optional.empty();
        }
        Path mat = provenance.file();
        Optional<Path> sidecar = sidecarOf(mat).filter(p -> provenance.dataset().endsWith(SIDECAR_SUFFIX));
        return Optional.of(sidecar
                .map(p -> new SampleSource(mat, p, LandmarkVariable.PTS_2D, sample.image(), provenance))
                .orElseGet(() -> new SampleSource(mat, mat, LandmarkVariable.PT2D, sample.image(), provenance)));
    }

    @Override
    public Optional<Path> landmarkTarget(Path outMat, SampleSource origin) {
        return origin.landmarksInMat() ? Optional.of(outMat) : sidecarOf(outMat);
    }

    /** {@code 300w-lp/<SUBSET>}, the subset being the .mat's folder. */
    private static String datasetName(Path mat) {
        Path folder = mat.getParent().getFileName();
        return folder == null ? DATASET_PREFIX : DATASET_PREFIX + "/" + folder;
    }

    /** {@code <subset>/../landmarks/<SUBSET>/<name>_pts.mat}, when the subset folder has a parent. */
    private static Optional<Path> sidecarOf(Path mat) {
        Path subset = mat.getParent();
        if (subset.getParent() == null || subset.getFileName() == null) {
            return Optional.empty();
        }
        return Optional.of(subset.resolveSibling(MatFolderScan.SIDECAR_FOLDER).resolve(subset.getFileName())
                .resolve(MatFolderScan.stem(mat) + "_pts.mat"));
    }
}
