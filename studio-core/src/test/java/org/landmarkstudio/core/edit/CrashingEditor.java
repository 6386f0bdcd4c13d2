package org.landmarkstudio.core.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.format.wflw.WflwFormat;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * The studio process {@link CrashRecoveryTest} kills: opens a session on a WFLW list, applies
 * {@link #edits} to it, prints "ready" and waits to be killed without saving.
 *
 * <p>Arguments: the list, the journal folder, the number of edits.
 */
public final class CrashingEditor {

    private CrashingEditor() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Dataset dataset = SampleSetCopy.read(Path.of(args[0]));
        AnnotationSession session = AnnotationSession.open(dataset, new WflwFormat(), Path.of(args[1]));
        for (Edit edit : edits(dataset, Integer.parseInt(args[2]))) {
            session.apply(edit);
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }

    /**
     * {@code n} edits of every kind on successive states of {@code dataset}: point moves to
     * coordinates whose shortest decimals need all 17 digits, poses, flags and a box.
     */
    static List<Edit> edits(Dataset dataset, int n) {
        List<FaceSample> state = new ArrayList<>(dataset.samples());
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = (3 * k) % state.size();
            FaceSample s = state.get(i);
            Edit edit = switch (k % 4) {
                case 0 -> {
                    Landmarks l = s.landmarks();
                    int p = (7 * k) % l.size();
                    yield LandmarksEdit.of(i, l, l.withPoint(p, l.x(p) + Math.PI / (k + 3), l.y(p) - Math.E / (k + 7)));
                }
                case 1 -> PoseEdit.of(i, s.pose(), new HeadPose(Math.sqrt(k + 2), -1.0 / (k + 3), k * 0.1,
                        PoseSource.ANNOTATOR));
                case 2 -> {
                    FaceAttributes a = s.attributes();
                    yield AttributesEdit.of(i, a, a.with(WflwAttribute.ILLUMINATION, !a.has(WflwAttribute.ILLUMINATION)));
                }
                default -> BoxEdit.of(i, s.box(), new Box(
                        s.box().x1() - 0.1, s.box().y1() - 0.2, s.box().x2() + 0.3, s.box().y2() + 1.0 / 7));
            };
            state.set(i, edit.apply(s));
            edits.add(edit);
        }
        return edits;
    }
}
