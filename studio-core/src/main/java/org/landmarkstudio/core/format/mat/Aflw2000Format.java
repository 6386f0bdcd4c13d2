package org.landmarkstudio.core.format.mat;

import java.io.IOException;
import java.nio.file.Path;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.DatasetFormat;
import org.landmarkstudio.core.dataset.ReadOptions;

/**
 * The AFLW2000-3D codec ({@code aflw2000}): reads and writes {@code AFLW2000/<image>.jpg} +
 * {@code <image>.mat} with 68 iBUG points and a {@code Pose_Para} head pose.
 *
 * <p>Landmarks are rows 0-1 (x, y) of {@code pt3d_68} (3x68); its z row is kept as it is and a
 * converted sample gets z = 0. The file's {@code pt2d} is the 2x21 AFLW point set and is never
 * touched. {@code Pose_Para} is read as in 300W-LP ({@link PoseParameters}).
 *
 * <p>PFPLD's {@code create_AFLW2000.py} drops points with negative coordinates. This codec keeps
 * them, labelled, exactly as the file has them: they are the dataset's label, and a reader that
 * silently removed points would change data behind the annotator's back. Consumers that want
 * PFPLD's behaviour filter by coordinate themselves.
 */
public final class Aflw2000Format implements DatasetFormat {

    private final MatLayout layout = new Aflw2000Layout();

    @Override
    public String id() {
        return Aflw2000Layout.FORMAT_ID;
    }

    @Override
    public String description() {
        return "AFLW2000-3D: <image>.jpg + <image>.mat (pt3d_68 3x68, Pose_Para)";
    }

    /** True when the one .mat found has a {@code pt3d_68} variable. */
    @Override
    public boolean sniff(Path path) throws IOException {
        return MatSniffer.test(path, mat -> mat.variable(LandmarkVariable.PT3D_68.variable()).isPresent());
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
