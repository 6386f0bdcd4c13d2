package org.landmarkstudio.core.subset;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.HeadPose;

/**
 * A number of a sample that a subset query can compare: a pose angle (signed or absolute, in
 * degrees) or the measured eye aspect ratio of one eye.
 *
 * <p>A sample that lacks the number (no pose; an eye with unlabelled points) fails every
 * comparison on it, so {@code yaw > 30} never selects a pose-less sample and
 * {@code !(yaw > 30)} always does. The EAR fields read the landmarks only and ignore explicit
 * eye labels: they compare the measurement itself.
 */
public enum SampleField {
    YAW(s -> angle(s, HeadPose::yaw)),
    PITCH(s -> angle(s, HeadPose::pitch)),
    ROLL(s -> angle(s, HeadPose::roll)),
    ABS_YAW(s -> Math.abs(angle(s, HeadPose::yaw))),
    ABS_PITCH(s -> Math.abs(angle(s, HeadPose::pitch))),
    ABS_ROLL(s -> Math.abs(angle(s, HeadPose::roll))),
    EAR_LEFT(s -> EyeAperture.leftRatio(s.landmarks())),
    EAR_RIGHT(s -> EyeAperture.rightRatio(s.landmarks()));

    private final ToDoubleFunction<FaceSample> value;

    SampleField(ToDoubleFunction<FaceSample> value) {
        this.value = value;
    }

    /** The name used in queries ({@code abs-yaw}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The field with this query name (case-insensitive), or {@code null}. */
    public static SampleField byKey(String key) {
        for (SampleField f : values()) {
            if (f.key().equalsIgnoreCase(key)) {
                return f;
            }
        }
        return null;
    }

    /** The sample's value, or NaN when it has none. */
    public double of(FaceSample sample) {
        return value.applyAsDouble(sample);
    }

    private static double angle(FaceSample sample, ToDoubleFunction<HeadPose> angle) {
        return sample.pose() == null ? Double.NaN : angle.applyAsDouble(sample.pose());
    }
}
