package org.landmarkstudio.core.format.mat;

import java.io.IOException;
import java.nio.file.Path;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;

/**
 * The 300W-LP codec ({@code 300wlp}): reads and writes {@code <SUBSET>/<name>.jpg} +
 * {@code <name>.mat} folders with 68 iBUG points and a {@code Pose_Para} head pose.
 *
 * <p>The root is any folder whose subfolders (or itself) hold the pairs, whatever the subset
 * names; a single .mat is a one-sample dataset. Landmarks come from {@code pt2d} (2x68, row 0 =
 * x, row 1 = y, pixels), or, as in PFPLD's {@code create_300W_LP.py}, from {@code pts_2d} (68x2)
 * of {@code landmarks/<SUBSET>/<name>_pts.mat} when that sidecar exists inside the root;
 * {@link org.landmarkstudio.core.sample.Provenance#dataset()} is {@code 300w-lp/<SUBSET>} or
 * {@code 300w-lp/<SUBSET>/pts_2d} accordingly, and the writer puts edits back where they came
 * from. {@code Pose_Para} = [pitch, yaw, roll (radians), tx, ty, tz, scale] becomes a
 * {@link org.landmarkstudio.core.sample.HeadPose} in degrees. Samples have no box: consumers use
 * the landmark bounds. Image paths are written relative to the root ({@code IBUG/x.jpg}).
 *
 * <p>Writing is lossless (see the package documentation); samples from other formats are mapped
 * to the 68 points, unlabelled points written as (-1, -1), and get {@code Pose_Para} only when
 * they have a pose (translation and scale 0).
 */
public final class Lp300wFormat implements DatasetFormat {

    private final MatLayout layout = new Lp300wLayout();

    @Override
    public String id() {
        return Lp300wLayout.FORMAT_ID;
    }

    @Override
    public String description() {
        return "300W-LP: <SUBSET>/<name>.jpg + <name>.mat (pt2d 2x68 or landmarks/<SUBSET>/<name>_pts.mat, Pose_Para)";
    }

    /** True when the one .mat found has a 2x68 {@code pt2d} and no {@code pt3d_68}. */
    @Override
    public boolean sniff(Path path) throws IOException {
        return MatSniffer.test(path, mat -> mat.variable(LandmarkVariable.PT3D_68.variable()).isEmpty()
                && mat.variable(LandmarkVariable.PT2D.variable()).filter(LandmarkVariable.PT2D::fits).isPresent());
    }

    @Override
    public Dataset read(Path path, ReadOptions options) throws IOException {
        return new MatDatasetReader(layout).read(path, options);
    }

    @Override
    public void write(Dataset dataset, Path out) throws IOException {
        new MatDatasetWriter(layout).write(dataset, out);
    }
}
