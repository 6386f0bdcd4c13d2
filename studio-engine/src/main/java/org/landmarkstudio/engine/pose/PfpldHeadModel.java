package org.landmarkstudio.engine.pose;

/**
 * PFPLD's 14-point rigid head model ({@code calculate_pitch_yaw_roll} in {@code pfld/utils.py},
 * FORMATS.md §1.9): which WFLW points are tracked and where they sit in 3-D.
 *
 * <p>The model's axes are X towards the image left, Y up and Z towards the viewer, a left-handed
 * frame; OpenCV's solver fits it as a point reflection through the camera centre (translation
 * with negative z), which {@link PnpEulerAngles} undoes. PFPLD gives both nose wings the same
 * coordinates (the left wing's X should be {@code +2.005628}); the faithful model keeps that bug
 * because PFPLD's labels were computed with it.
 */
final class PfpldHeadModel {

    /** The WFLW-98 indices PFPLD tracks, in model order. */
    static final int[] TRACKED_POINTS = {33, 38, 50, 46, 60, 64, 68, 72, 55, 59, 76, 82, 85, 16};

    /** Position of the left nose wing ({@code NOSE_LEFT}, WFLW 55) in the model. */
    static final int NOSE_LEFT = 8;

    private static final float[][] MODEL = {
        {6.825897f, 6.760612f, 4.402142f},
        {1.330353f, 7.122144f, 6.903745f},
        {-1.330353f, 7.122144f, 6.903745f},
        {-6.825897f, 6.760612f, 4.402142f},
        {5.311432f, 5.485328f, 3.987654f},
        {1.789930f, 5.393625f, 4.413414f},
        {-1.789930f, 5.393625f, 4.413414f},
        {-5.311432f, 5.485328f, 3.987654f},
        {-2.005628f, 1.409845f, 6.165652f},
        {-2.005628f, 1.409845f, 6.165652f},
        {2.774015f, -2.080775f, 5.048531f},
        {-2.774015f, -2.080775f, 5.048531f},
        {0f, -3.116408f, 6.097667f},
        {0f, -7.415691f, 4.070434f},
    };

    private final boolean noseCorrected;

    private PfpldHeadModel(boolean noseCorrected) {
        this.noseCorrected = noseCorrected;
    }

    /** The model exactly as PFPLD has it, duplicated nose wing included. */
    static PfpldHeadModel faithful() {
        return new PfpldHeadModel(false);
    }

    /** The model with the left nose wing mirrored to {@code +2.005628} in X. */
    static PfpldHeadModel noseCorrected() {
        return new PfpldHeadModel(true);
    }

    /** The (X, Y, Z) of model point {@code k} (0..13), in single precision as PFPLD passes them. */
    float[] point(int k) {
        float[] p = MODEL[k].clone();
        if (noseCorrected && k == NOSE_LEFT) {
            p[0] = -p[0];
        }
        return p;
    }
}
