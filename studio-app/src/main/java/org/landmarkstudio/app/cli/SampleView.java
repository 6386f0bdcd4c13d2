package org.landmarkstudio.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.EyeState;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * One sample as {@code studio data show} prints it: coordinates in original-image pixels
 * ({@code null} for an unlabelled point), angles in degrees.
 */
record SampleView(String image, String imagePath, String schema, List<double[]> landmarks, double[] box,
                  Map<String, Boolean> attributes, Map<String, Object> pose, Map<String, String> eyes,
                  Map<String, Double> eyeAspectRatio, Map<String, Object> source) {

    static SampleView of(FaceSample s, EyeAperture aperture) {
        Landmarks lm = s.landmarks();
        List<double[]> points = new ArrayList<>(lm.size());
        for (int i = 0; i < lm.size(); i++) {
            points.add(lm.isLabelled(i) ? new double[] {lm.x(i), lm.y(i)} : null);
        }
        Box b = s.box();
        Map<String, Boolean> attributes = new LinkedHashMap<>();
        for (WflwAttribute a : WflwAttribute.values()) {
            attributes.put(a.key(), s.attributes().has(a));
        }
        Map<String, String> eyes = new LinkedHashMap<>();
        eyes.put("left", key(aperture.leftState(s)));
        eyes.put("right", key(aperture.rightState(s)));
        Map<String, Double> ear = new LinkedHashMap<>();
        ear.put("left", finiteOrNull(EyeAperture.leftRatio(lm)));
        ear.put("right", finiteOrNull(EyeAperture.rightRatio(lm)));
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("dataset", s.provenance().dataset());
        source.put("file", String.valueOf(s.provenance().file()));
        if (s.provenance().line() > 0) {
            source.put("line", s.provenance().line());
        }
        return new SampleView(s.image().written(), String.valueOf(s.image().resolved()), lm.schema().id(), points,
                b == null ? null : new double[] {b.x1(), b.y1(), b.x2(), b.y2()},
                attributes, pose(s.pose()), eyes, ear, source);
    }

    private static Map<String, Object> pose(HeadPose pose) {
        if (pose == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("yaw", pose.yaw());
        m.put("pitch", pose.pitch());
        m.put("roll", pose.roll());
        m.put("source", pose.source().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    private static String key(EyeState state) {
        return state == null ? "unknown" : state.key();
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
