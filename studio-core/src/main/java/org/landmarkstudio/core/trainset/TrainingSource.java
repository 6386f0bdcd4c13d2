package org.landmarkstudio.core.trainset;

import java.util.Locale;

/** Which public dataset a training row comes from; decides crop policy, filter and row kind. */
public enum TrainingSource {
    /** WFLW: every face, SetPreparation crop, 98-point row (flag -2). */
    WFLW,
    /** LaPa: faces with a closed eye only, mapped 106 to 98, SetPreparation crop, flag -2. */
    LAPA,
    /** 300W-LP: loose non-square crop, 68 points in their 98 slots, pose trained (flag 0). */
    LP300W;

    /** Lower-case name used in provenance and reports. */
    public String key() {
        return this == LP300W ? "300wlp" : name().toLowerCase(Locale.ROOT);
    }
}
