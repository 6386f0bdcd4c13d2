package org.landmarkstudio.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.dataset.ReadOptions;
import org.landmarkstudio.core.edit.JournalRecovery;
import org.landmarkstudio.core.format.DatasetFormats;

/** Kills a studio process mid-session and checks that every journaled edit comes back exactly. */
class CrashRecoveryTest {

    @Test
    void everyEditOfAKilledStudioProcessIsRecoveredBitForBit(@TempDir Path dir) throws Exception {
        Path list = SampleSets.wflwCopy(dir);
        Path journals = dir.resolve("journals");
        Dataset original = DatasetFormats.standard().read(list, null, ReadOptions.DEFAULT);
        Process studio = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), EditingStudioProcess.class.getName(),
                list.toString(), journals.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(studio.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("ready " + EditRecipe.EDITS, line, "the studio process made its edits");
        } finally {
            studio.destroyForcibly();
            assertTrue(studio.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(original, DatasetFormats.standard().read(list, null, ReadOptions.DEFAULT),
                "nothing was saved: the dataset file is as it was");

        try (Workspace workspace = new Workspace(journals)) {
            OpenDataset reopened = workspace.read(list);
            JournalRecovery recovery = reopened.recovery().orElseThrow();
            assertTrue(recovery.datasetMatches());
            assertEquals(EditRecipe.EDITS, recovery.count());
            recovery.replayInto(reopened.session());
            for (int i = 0; i < original.samples().size(); i++) {
                assertEquals(EditRecipe.expected(original.samples().get(i), i), reopened.sample(i), "face " + i);
            }
            assertEquals(List.of(0, 1, 2, 3), reopened.session().editedSamples().stream().sorted().toList());
        }
    }
}
