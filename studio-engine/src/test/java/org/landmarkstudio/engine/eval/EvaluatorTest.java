package org.landmarkstudio.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.mat.Aflw2000Format;
import org.landmarkstudio.core.format.wflw.WflwTestFormat;
import org.landmarkstudio.core.metrics.MetricOptions;
import org.landmarkstudio.core.subset.SubsetCatalog;
import org.landmarkstudio.core.testing.Fixtures;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.Backends;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.detect.HaarFaceDetector;
import org.landmarkstudio.engine.profile.FaceTranslator;
import org.landmarkstudio.engine.profile.ModelProfiles;

class EvaluatorTest {

    private static final Path GHOSTONE = Fixtures.real("pfld_ghostone/PFLD_GhostOne_112_1_opt_sim.onnx");

    private static EvaluationReport evaluate(Path model, Dataset dataset, CropSource source) throws Exception {
        try (ModelRunner runner = Backends.byName("float").open(model, BackendOptions.DEFAULT)) {
            FaceTranslator translator = new FaceTranslator(ModelProfiles.of(model, runner.inputs(), runner.outputs()));
            return new Evaluator(runner, translator, source, MetricOptions.DEFAULT, SubsetCatalog.DEFAULT)
                    .evaluate(dataset);
        }
    }

    @Test
    void ghostOneOnTheRealWflwFacesMatchesTheDirectMeasurement() throws Exception {
        Dataset wflw = new WflwTestFormat().read(
                Fixtures.real("wflw/WFLW_annotations/lines_for_included_images.txt"), ReadOptions.DEFAULT);
        EvaluationReport report = evaluate(GHOSTONE, wflw, CropSource.LANDMARKS);
        assertEquals("float", report.backend());
        assertEquals("wflw98", report.schema());
        assertEquals(3, report.overall().samples());
        // RealModelNmeTest measures the same faces, crops and model in crop coordinates: 0.0456
        assertEquals(0.0456, report.overall().nme(), 5e-4);
        assertEquals(0.0, report.overall().fr(), 0);
        assertNull(report.overall().pose());
        EvaluationReport boxed = evaluate(GHOSTONE, wflw, CropSource.BOX);
        assertTrue(boxed.overall().nme() < 0.1, "box crops NME " + boxed.overall().nme());
    }

    @Test
    void detectorCropsMeasureTheFoundFacesAndCountTheMissedOne() throws Exception {
        Dataset wflw = new WflwTestFormat().read(
                Fixtures.real("wflw/WFLW_annotations/lines_for_included_images.txt"), ReadOptions.DEFAULT);
        EvaluationReport report;
        try (ModelRunner runner = Backends.byName("float").open(GHOSTONE, BackendOptions.DEFAULT);
             HaarFaceDetector haar = new HaarFaceDetector()) {
            FaceTranslator translator = new FaceTranslator(ModelProfiles.of(GHOSTONE, runner.inputs(), runner.outputs()));
            report = new Evaluator(runner, translator, CropSource.DETECTOR, MetricOptions.DEFAULT,
                    SubsetCatalog.DEFAULT, haar).evaluate(wflw);
        }
        // The cascade finds _24 and _12 (IoU 0.60 and 0.70 with the landmarks' bounds) but not the
        // occluded face of _51 (best IoU 0.10; see HaarFaceDetectorTest).
        assertEquals(1, report.missed().size());
        assertEquals(3, report.missed().get(0).line());
        assertEquals(2, report.overall().samples());
        Dataset found = Dataset.of(wflw.format(), wflw.source(), wflw.schema(), wflw.samples().subList(0, 2));
        double gtCrops = evaluate(GHOSTONE, found, CropSource.LANDMARKS).overall().nme();
        // measured on these two faces: 0.0516 from the Haar boxes, 0.0462 from the ground-truth crops
        assertEquals(gtCrops, report.overall().nme(), 0.01);
        assertEquals(0.0, report.overall().fr(), 0);
    }

    @Test
    void aDetectorSourceNeedsADetector() throws Exception {
        try (ModelRunner runner = Backends.byName("float").open(GHOSTONE, BackendOptions.DEFAULT)) {
            FaceTranslator translator = new FaceTranslator(ModelProfiles.of(GHOSTONE, runner.inputs(), runner.outputs()));
            assertThrows(IllegalArgumentException.class, () -> new Evaluator(runner, translator, CropSource.DETECTOR,
                    MetricOptions.DEFAULT, SubsetCatalog.DEFAULT));
        }
    }

    @Test
    void aNinetyEightPointModelIsMeasuredOnSixtyEightPointLabelsWithSubsets() throws Exception {
        Dataset aflw = new Aflw2000Format().read(Fixtures.real("prnet_aflw2000/AFLW2000"), ReadOptions.DEFAULT);
        EvaluationReport report = evaluate(GHOSTONE, aflw, CropSource.LANDMARKS);
        assertEquals("ibug68", report.schema());
        assertEquals(16, report.overall().samples());
        assertTrue(report.overall().nme() < 0.2, "NME " + report.overall().nme());
        assertTrue(report.subsets().containsKey("large-pose"), report.subsets().keySet().toString());
        assertTrue(report.subsets().get("large-pose").samples() < 16);
        assertEquals(16, report.subsets().get("has-pose").samples());
    }
}
