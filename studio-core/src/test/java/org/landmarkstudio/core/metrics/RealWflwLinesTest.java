package org.landmarkstudio.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landmarkstudio.core.testing.SyntheticFaces.shifted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.ImageRef;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.Provenance;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.testing.Fixtures;

/**
 * The metrics on the three real WFLW ground-truth lines of the fixtures (196 coordinates and
 * the image name each), parsed here directly so that no codec is involved.
 */
class RealWflwLinesTest {

    private static final String FILE = "wflw/WFLW_annotations/lines_for_included_images.txt";

    // python3 + numpy 2.4.6, for each line: pts = np.array(coords).reshape(98, 2);
    // iod = np.linalg.norm(pts[60] - pts[72]); shifted = pts + [1, 0];
    // nme = np.mean(np.linalg.norm(shifted - pts, axis=1)) / iod   (equals 1 / iod)
    private static final String[] IMAGES = {
        "12--Group/12_Group_Group_12_Group_Group_12_24.jpg",
        "12--Group/12_Group_Group_12_Group_Group_12_12.jpg",
        "12--Group/12_Group_Group_12_Group_Group_12_51.jpg"};
    private static final double[] INTER_OCULAR = {36.185755816094854, 45.05231805413759, 47.41394310808891};
    private static final double[] NME_ONE_PIXEL = {0.027635183442961713, 0.02219641614885031, 0.021090842365088975};
    // python3 + numpy: ear(p) = (|p1-p7| + |p2-p6| + |p3-p5|) / (3 |p0-p4|) on pts[60:68] and pts[68:76]
    private static final double[] EAR_LEFT = {0.28440995316582685, 0.30615683941562566, 0.22955480904138648};
    private static final double[] EAR_RIGHT = {0.24832232704937546, 0.34217138785762113, 0.23664432614747052};

    @Test
    void nmeAndEyeApertureOfTheRealLines() throws IOException {
        List<FaceSample> samples = readLines(Fixtures.real(FILE));
        assertEquals(3, samples.size());
        for (int i = 0; i < 3; i++) {
            FaceSample gt = samples.get(i);
            Landmarks points = gt.landmarks();
            assertEquals(IMAGES[i], gt.image().written());
            assertEquals(INTER_OCULAR[i], Normalization.INTER_OCULAR.distance(gt), 1e-12);
            assertEquals(0, Normalization.INTER_OCULAR.nme(gt, points).value());
            assertEquals(NME_ONE_PIXEL[i], Normalization.INTER_OCULAR.nme(gt, shifted(points, 1, 0)).value(), 1e-12);
            assertEquals(EAR_LEFT[i], EyeAperture.leftRatio(points), 1e-12);
            assertEquals(EAR_RIGHT[i], EyeAperture.rightRatio(points), 1e-12);
        }
    }

    @Test
    void summaryOfThePerfectPredictionsOnTheRealLines() throws IOException {
        List<EvaluationPair> pairs = new ArrayList<>();
        for (FaceSample gt : readLines(Fixtures.real(FILE))) {
            pairs.add(new EvaluationPair(gt, gt));
        }
        MetricSummary summary = MetricAccumulator.summarize(pairs, MetricOptions.DEFAULT);
        assertEquals(0, summary.nme());
        assertEquals(0, summary.fr());
        assertEquals(1, summary.auc(), 1e-12);
        // all six EARs are far above 0.1: no closed eye to measure
        assertEquals(null, summary.eyeAperture());
    }

    private static List<FaceSample> readLines(Path file) throws IOException {
        List<FaceSample> samples = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int n = 0; n < lines.size(); n++) {
            String[] tokens = lines.get(n).trim().split("\\s+");
            assertEquals(197, tokens.length, "line " + (n + 1));
            double[] xy = new double[196];
            for (int k = 0; k < 196; k++) {
                xy[k] = Double.parseDouble(tokens[k]);
            }
            samples.add(new FaceSample(new ImageRef(tokens[196], file.resolveSibling(tokens[196])), null,
                    Landmarks.of(PointSchema.WFLW_98, xy), null, FaceAttributes.NONE,
                    new Provenance("wflw", file, n + 1, lines.get(n))));
        }
        return samples;
    }
}
