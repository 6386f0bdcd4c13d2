package org.landmarkstudio.engine.pose;

import static org.bytedeco.opencv.global.opencv_calib3d.Rodrigues;
import static org.bytedeco.opencv.global.opencv_calib3d.decomposeProjectionMatrix;
import static org.bytedeco.opencv.global.opencv_calib3d.solvePnP;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.hconcat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.landmarkstudio.core.crop.CropFrame;
import org.landmarkstudio.core.crop.SetPreparationCrop;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/**
 * Estimates a head pose from a face's landmarks for the pose panel's "Estimate from landmarks"
 * button: PFPLD's own pose-label computation, OpenCV's iterative {@code solvePnP} on 14 tracked
 * WFLW points against PFPLD's rigid head model (FORMATS.md §1.9), through JavaCV.
 *
 * <p><b>Modes.</b> {@link Mode#PFPLD_LABELS} is exactly what {@code SetPreparation.py} computes
 * for a WFLW row: the landmarks normalized to [0, 1] in the SetPreparation crop
 * ({@link SetPreparationCrop#place}) handed to a 256x256 camera whose principal point is at 128
 * pixels, with the duplicated nose point of PFPLD's model. The face is then under a pixel wide and far
 * off the optical axis, and the angles carry that viewing direction: on the 16 AFLW2000-3D
 * fixture faces they are off the {@code Pose_Para} ground truth by a mean absolute 54.0 (yaw),
 * 80.4 (pitch) and 40.5 (roll) degrees, and agree in sign on 4 of 12, 4 of 10 and 1 of 3 faces
 * beyond 10 degrees. {@link Mode#IMAGE_GEOMETRY} solves the same problem with the landmarks in
 * image pixels, a camera centred on the image with the same 60-degree horizontal field of view
 * ({@code f = (width / 2) / tan 30}) and the nose wing corrected: mean absolute errors 3.8 (yaw),
 * 7.5 (pitch) and 3.2 (roll) degrees, signs agreeing on 12 of 12, 9 of 10 and 3 of 3 faces (the
 * one pitch miss is {@code image02420}, yaw 71, pitch -10).
 *
 * <p><b>Default.</b> {@link #studioDefault} is {@link Mode#IMAGE_GEOMETRY}. PFPLD trains its pose
 * head only on type-0 rows (300W-LP, FORMATS.md §1.8), whose angles are {@code Pose_Para}; the
 * solvePnP angles it writes into WFLW rows never supervise the pose head. An annotator's pose is
 * consistent with the labels PFPLD learns from when it is a {@code Pose_Para}-like rotation, and
 * that is what the image-geometry estimate approximates. The faithful mode is for reproducing or
 * checking the angle columns of SetPreparation output ({@link #solve} gives them as written).
 *
 * <p><b>Convention.</b> {@link #estimate} returns the studio's {@link HeadPose}: the solver's
 * rotation re-expressed in the {@code Pose_Para} convention of sample-data's
 * {@code HeadRotation} ({@link PnpEulerAngles#toHeadPose()}). That mapping was measured on the 16
 * AFLW2000-3D faces, not assumed: PFPLD's rotation about the camera y axis is the studio's yaw,
 * its rotation about x is minus the studio's pitch, about z the studio's roll.
 *
 * <p><b>Schemas and missing points.</b> 68- and 106-point landmarks are first mapped to WFLW-98
 * with {@link SchemaMapping}. LaPa-106 carries all 14 tracked points; iBUG-68 carries 12 of them,
 * WFLW 38 and 50 (the lower inner brow points) having no 68-point source, so a 68-point face is
 * solved on those 12. Unlabelled tracked points are left out as long as at least
 * {@link #MIN_TRACKED_POINTS} remain.
 *
 * <p>Instances hold no native state and may be shared between threads.
 */
public final class LandmarkPoseEstimator {

    /**
     * The fewest tracked points the estimator solves on. {@code solvePnP} accepts 4, but the
     * iterative solver starts from a direct linear transform when the points are not coplanar
     * (PFPLD's model is not): 12 unknowns, two equations per point, so 6 points are needed for
     * that start to be determined. Measured on the 16 AFLW2000-3D faces in image geometry, over
     * every subset of their 12 tracked points: with 4 or 5 points the solver lands on a mirror or
     * degenerate fit in 99.9 and 100 % of the cases, with 6 in 29 % (median errors 6.5, 8.3 and 2.7
     * degrees for yaw, pitch and roll otherwise), with 8 in 7 %, with all 12 never. Fits that come
     * out mirrored are refused rather than shown.
     */
    public static final int MIN_TRACKED_POINTS = 6;

    /** PFPLD's camera side in pixels ({@code cam_w = cam_h = 256}). */
    static final int PFPLD_CAMERA_SIDE = 256;

    /** Half of PFPLD's 60-degree field of view, in degrees. */
    private static final double HALF_FIELD_OF_VIEW = 30;

    /** How the landmarks and the camera are set up for the solver. */
    public enum Mode {
        /**
         * PFPLD's label computation with its quirks: crop-normalized landmarks, a 256x256 camera,
         * the duplicated nose point. What PFPLD's WFLW training lists contain.
         */
        PFPLD_LABELS,
        /**
         * Landmarks in image pixels, a camera centred on the image with PFPLD's 60-degree field of
         * view, the nose point corrected: the more faithful geometric estimate.
         */
        IMAGE_GEOMETRY
    }

    private final Mode mode;
    private final int imageWidth;
    private final int imageHeight;

    /**
     * An estimator for faces in an image of the given size.
     *
     * @param imageWidth  the image's width in pixels (the image-geometry camera is centred on it;
     *                    PFPLD's label computation does not look at it)
     * @param imageHeight the image's height in pixels
     */
    public LandmarkPoseEstimator(Mode mode, int imageWidth, int imageHeight) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + imageWidth + "x" + imageHeight);
        }
        this.mode = Objects.requireNonNull(mode, "mode");
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
    }

    /** The estimate the studio shows by default, {@link Mode#IMAGE_GEOMETRY}. */
    public static LandmarkPoseEstimator studioDefault(int imageWidth, int imageHeight) {
        return new LandmarkPoseEstimator(Mode.IMAGE_GEOMETRY, imageWidth, imageHeight);
    }

    public Mode mode() {
        return mode;
    }

    /**
     * The head pose of these landmarks in the studio's convention, marked as solvePnP's.
     *
     * @throws IllegalArgumentException when fewer than {@link #MIN_TRACKED_POINTS} tracked points
     *                                  are labelled (the message names the missing WFLW indices),
     *                                  when the schema has no mapping to WFLW-98, or when the
     *                                  solver's fit is a mirror image of the head (left and right
     *                                  swapped, or too few well-spread points)
     */
    public HeadPose estimate(Landmarks landmarks) {
        return solve(landmarks).toHeadPose();
    }

    /**
     * The solver's Euler angles as PFPLD computes them, in the order and signs it writes into a
     * list row (in {@link Mode#PFPLD_LABELS}, the row's three angle columns exactly).
     *
     * @throws IllegalArgumentException as {@link #estimate}
     */
    public PnpEulerAngles solve(Landmarks landmarks) {
        Landmarks wflw = SchemaMapping.between(landmarks.schema(), PointSchema.WFLW_98).apply(landmarks);
        List<Integer> used = usableTrackedPoints(wflw);
        Landmarks input = mode == Mode.PFPLD_LABELS ? cropNormalized(wflw) : wflw;
        PfpldHeadModel model = mode == Mode.PFPLD_LABELS ? PfpldHeadModel.faithful() : PfpldHeadModel.noseCorrected();
        float[] objectXyz = new float[3 * used.size()];
        float[] imageXy = new float[2 * used.size()];
        for (int n = 0; n < used.size(); n++) {
            int k = used.get(n);
            System.arraycopy(model.point(k), 0, objectXyz, 3 * n, 3);
            int point = PfpldHeadModel.TRACKED_POINTS[k];
            imageXy[2 * n] = (float) input.x(point);
            imageXy[2 * n + 1] = (float) input.y(point);
        }
        int cameraWidth = mode == Mode.PFPLD_LABELS ? PFPLD_CAMERA_SIDE : imageWidth;
        int cameraHeight = mode == Mode.PFPLD_LABELS ? PFPLD_CAMERA_SIDE : imageHeight;
        return solvePnp(objectXyz, imageXy, cameraWidth, cameraHeight);
    }

    /** Positions (0..13) in the model of the tracked points that are labelled. */
    private static List<Integer> usableTrackedPoints(Landmarks wflw) {
        List<Integer> used = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < PfpldHeadModel.TRACKED_POINTS.length; k++) {
            int point = PfpldHeadModel.TRACKED_POINTS[k];
            if (wflw.isLabelled(point)) {
                used.add(k);
            } else {
                missing.add(point);
            }
        }
        if (used.size() < MIN_TRACKED_POINTS) {
            throw new IllegalArgumentException("head pose needs at least " + MIN_TRACKED_POINTS
                    + " of the 14 tracked WFLW points labelled, got " + used.size()
                    + "; unlabelled tracked points (WFLW indices): " + missing);
        }
        return used;
    }

    /**
     * The landmarks as SetPreparation hands them to the solver: single precision as the script
     * loads them, minus the crop corner, over the crop side.
     */
    private static Landmarks cropNormalized(Landmarks wflw) {
        SetPreparationCrop.Placement placement = new SetPreparationCrop().place(wflw);
        double[] xy = wflw.toArray();
        for (int i = 0; i < xy.length; i++) {
            xy[i] = (float) xy[i];
        }
        Landmarks single = Landmarks.of(wflw.schema(), xy, wflw.labelledMask());
        CropFrame frame = placement.frame();
        return frame.toCrop(single);
    }

    private static PnpEulerAngles solvePnp(float[] objectXyz, float[] imageXy, int cameraWidth, int cameraHeight) {
        float cx = cameraWidth / 2f;
        float cy = cameraHeight / 2f;
        float focal = (float) (cx / Math.tan(Math.toRadians(HALF_FIELD_OF_VIEW)));
        float[] camera = {focal, 0, cx, 0, focal, cy, 0, 0, 1};
        int n = imageXy.length / 2;
        try (FloatPointer objectData = new FloatPointer(objectXyz);
             FloatPointer imageData = new FloatPointer(imageXy);
             FloatPointer cameraData = new FloatPointer(camera);
             FloatPointer distortionData = new FloatPointer(new float[5]);
             Mat object = new Mat(n, 3, CV_32F, objectData);
             Mat image = new Mat(n, 2, CV_32F, imageData);
             Mat cameraMatrix = new Mat(3, 3, CV_32F, cameraData);
             Mat distortion = new Mat(1, 5, CV_32F, distortionData);
             Mat rvec = new Mat();
             Mat tvec = new Mat();
             Mat rotation = new Mat();
             Mat pose = new Mat();
             Mat intrinsics = new Mat();
             Mat rotationOut = new Mat();
             Mat translationOut = new Mat();
             Mat rx = new Mat();
             Mat ry = new Mat();
             Mat rz = new Mat();
             Mat euler = new Mat()) {
            solvePnP(object, image, cameraMatrix, distortion, rvec, tvec);
            try (DoubleIndexer t = tvec.createIndexer()) {
                if (t.get(2) > 0) {
                    throw new IllegalArgumentException("the solver fitted a mirror image of the head model: "
                            + "image left and right swapped, or too few well-spread tracked points");
                }
            }
            Rodrigues(rvec, rotation);
            hconcat(rotation, tvec, pose);
            decomposeProjectionMatrix(pose, intrinsics, rotationOut, translationOut, rx, ry, rz, euler);
            try (DoubleIndexer angles = euler.createIndexer()) {
                return new PnpEulerAngles(angles.get(0), angles.get(1), angles.get(2));
            }
        }
    }
}
