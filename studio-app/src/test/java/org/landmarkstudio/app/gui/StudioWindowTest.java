package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.app.gui.workspace.BuiltInSamples;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.format.DatasetFormats;
import org.landmarkstudio.core.subset.SubsetCatalog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class StudioWindowTest extends WindowTest {


    @Test
    void opensTheSampleSetsAndTheClosedEyeSubsetHoldsWhatTheDatasetLayerCounts(FxRobot robot) throws Exception {
        List<Path> sets = BuiltInSamples.paths();
        assertEquals(4, sets.size(), "the four built-in sample sets");
        load(sets);
        assertEquals(4, workspace.datasets().size());
        Path wflw = sets.get(0);
        Dataset direct = DatasetFormats.standard().read(wflw, null, ReadOptions.DEFAULT);
        long closed = direct.samples().stream().filter(SubsetCatalog.DEFAULT.byName("closed-eye")::contains).count();
        assertTrue(closed > 0, "the WFLW sample set has closed eyes");
        WaitForAsyncUtils.asyncFx(() -> window.library().select("closed-eye")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(closed, window.gallery().faces().size());
        assertTrue(window.gallery().faces().stream().allMatch(r -> r.dataset().source().equals(direct.source())));
    }

    @Test
    void aDatasetWithMalformedLinesLoadsTheRestAndListsEachProblemWithItsLine(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path good = BuiltInSamples.paths().get(0);
        List<String> lines = Files.readAllLines(good);
        Path images = good.getParent().getParent().resolve("WFLW_images");
        Path bad = dir.resolve("WFLW_annotations").resolve("list_98pt_rect_attr_bad.txt");
        Files.createDirectories(bad.getParent());
        Files.createSymbolicLink(dir.resolve("WFLW_images"), images.toAbsolutePath());
        String broken = lines.get(1).substring(0, lines.get(1).length() / 2);
        String missing = lines.get(2).replaceFirst("\\S+\\.jpg", "nowhere/missing.jpg");
        Files.write(bad, List.of(lines.get(0), broken, missing, lines.get(3)));
        load(List.of(bad));
        OpenDataset open = workspace.datasets().get(0);
        assertEquals(3, open.size(), "the two good lines and the one whose image is missing load");
        @SuppressWarnings("unchecked")
        TableView<?> problems = robot.lookup("#problems").queryAs(TableView.class);
        assertEquals(2, problems.getItems().size());
        String text = problems.getItems().toString();
        assertTrue(text.contains("list_98pt_rect_attr_bad.txt:2: "), text);
        assertTrue(text.contains("list_98pt_rect_attr_bad.txt:3: ") && text.contains("missing.jpg"), text);
    }

    @Test
    void aDatasetThatIsAlreadyOpenIsNotOpenedTwice() throws Exception {
        Path list = SampleSets.wflwCopy(dir);
        load(List.of(list, list.getParent().resolve(".").resolve(list.getFileName())));
        assertEquals(1, workspace.datasets().size(), "the same file named twice opens once");
        load(List.of(list));
        assertEquals(1, workspace.datasets().size(), "and opening it again does nothing");
    }
}
