package org.landmarkstudio.engine.profile;

import java.util.List;
import java.util.Map;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.sample.PoseSource;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * Applies a {@link ModelProfile}: turns a face crop into the model's input tensor and the
 * model's output tensors into a {@link Prediction}. Kept apart from the backends so every
 * backend sees exactly the same numbers.
 */
public final class FaceTranslator {

    private final ModelProfile profile;
    private final PointSchema schema;

    public FaceTranslator(ModelProfile profile) {
        this.profile = profile;
        this.schema = PointSchema.byId(profile.landmarks().schema());
    }

    public ModelProfile profile() {
        return profile;
    }

    /**
     * The input tensor (1 x 3 x H x W) for a crop already resized to the profile's size.
     *
     * @throws IllegalArgumentException when the crop has another size
     */
    public Tensor toInput(BgrImage crop) {
        int w = profile.width();
        int h = profile.height();
        if (crop.width() != w || crop.height() != h) {
            throw new IllegalArgumentException("crop is " + crop.width() + "x" + crop.height() + ", the model wants "
                    + w + "x" + h);
        }
        float[] mean = profile.mean();
        float[] scale = profile.scale();
        float[] data = new float[3 * w * h];
        for (int c = 0; c < 3; c++) {
            int bgr = profile.channels() == ChannelOrder.BGR ? c : 2 - c;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    data[(c * h + y) * w + x] = (crop.sample(x, y, bgr) - mean[c]) * scale[c];
                }
            }
        }
        return Tensor.of(data, 1, 3, h, w);
    }

    /** The prediction for batch item {@code item} of the model's outputs. */
    public Prediction decode(Map<String, Tensor> outputs, int item) {
        Tensor raw = outputs.get(profile.landmarks().output());
        int per = raw.size() / raw.shape()[0];
        int base = item * per + profile.landmarks().offset();
        double[] xy = new double[2 * schema.size()];
        for (int i = 0; i < xy.length; i++) {
            double v = raw.get(base + i);
            boolean isX = i % 2 == 0;
            xy[i] = profile.landmarks().unit() == CoordinateUnit.CROP_UNIT ? v
                    : v / (isX ? profile.width() : profile.height());
        }
        Landmarks landmarks = Landmarks.of(schema, xy);
        HeadPose pose = null;
        if (profile.pose() != null) {
            Tensor angles = outputs.get(profile.pose().output());
            int at = item * (angles.size() / angles.shape()[0]);
            double[] degrees = new double[3];
            for (int k = 0; k < 3; k++) {
                double v = angles.get(at + k);
                degrees[k] = profile.pose().unit() == AngleUnit.RADIANS ? Math.toDegrees(v) : v;
            }
            List<String> order = profile.pose().order();
            pose = new HeadPose(degrees[order.indexOf("yaw")], degrees[order.indexOf("pitch")],
                    degrees[order.indexOf("roll")], PoseSource.MODEL);
        }
        return new Prediction(landmarks, pose);
    }
}
