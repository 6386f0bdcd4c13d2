package org.landmarkstudio.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.format.wflw.WflwFormat;
import org.landmarkstudio.core.sample.FaceSample;

class CrashRecoveryTest {

    private static final int EDITS = 25;

    @TempDir
    Path dir;

    @Test
    void everyEditOfAKilledStudioProcessIsRecoveredExactly() throws Exception {
        Path list = SampleSetCopy.wflw(dir);
        Path journals = dir.resolve("journals");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingEditor.class.getName(), list.toString(), journals.toString(), Integer.toString(EDITS))
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
                output.add(line);
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the killed process ends");
        }
        assertTrue(output.isEmpty(), "the editor printed only \"ready\": " + output);

        Dataset dataset = SampleSetCopy.read(list);
        List<Edit> expected = CrashingEditor.edits(dataset, EDITS);
        JournalRecovery recovery = AnnotationSession.findRecovery(dataset, journals).orElseThrow();
        assertTrue(recovery.datasetMatches());
        assertTrue(recovery.problems().isEmpty(), recovery.problems().toString());
        assertEquals(expected, recovery.edits());

        List<FaceSample> state = new ArrayList<>(dataset.samples());
        for (Edit edit : expected) {
            state.set(edit.sample(), edit.apply(state.get(edit.sample())));
        }
        try (AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), journals)) {
            recovery.replayInto(session);
            for (int i = 0; i < state.size(); i++) {
                assertEquals(state.get(i), session.sample(i), "sample " + i);
                double[] want = state.get(i).landmarks().toArray();
                double[] got = session.sample(i).landmarks().toArray();
                for (int c = 0; c < want.length; c++) {
                    assertEquals(Double.doubleToLongBits(want[c]), Double.doubleToLongBits(got[c]), "sample " + i);
                }
            }
            assertEquals(EDITS, session.history().undoDepth());
        }
    }
}
