package org.landmarkstudio.engine.detect;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.sample.Box;

/**
 * The studio's built-in face detector: OpenCV's Viola-Jones cascade
 * {@code haarcascade_frontalface_default.xml}, as shipped inside the bytedeco OpenCV jar, so the
 * studio finds faces without any model file and without downloading anything.
 *
 * <p>The cascade runs on the grey image ({@code cvtColor BGR2GRAY}, no histogram equalization)
 * with {@code scaleFactor 1.1}, {@code minNeighbors 6} and a 30x30 minimum face, the settings
 * used to make the int8 calibration crops of the reference fixtures. Equalization was tried on
 * the real photos: it found the same faces plus two false ones on {@code obama.jpg}, so it is
 * left out. A cascade has no calibrated confidence; every face gets score 1 and the faces are
 * listed largest first, the closest face being the likeliest subject. A box is the cascade's
 * rectangle with inclusive corners, {@code (x, y, x + w - 1, y + h - 1)}, as {@link Box} wants them.
 *
 * <p>OpenCV's classifier is not safe for concurrent calls, so {@link #detect} is synchronized.
 */
public final class HaarFaceDetector implements FaceDetector {

    /** Where the cascade lives inside the bytedeco OpenCV jar for this platform. */
    public static final String CASCADE_RESOURCE =
            "/org/bytedeco/opencv/linux-x86_64/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";
    /** How much the search window grows between scales. */
    public static final double SCALE_FACTOR = 1.1;
    /** How many overlapping raw hits a face needs to be kept. */
    public static final int MIN_NEIGHBORS = 6;
    /** The smallest face searched for, in pixels (square). */
    public static final int MIN_FACE_SIZE = 30;

    private final CascadeClassifier cascade;
    private final double scaleFactor;
    private final int minNeighbors;
    private final int minFaceSize;

    /** The frontal-face cascade with the default parameters. */
    public HaarFaceDetector() {
        this(SCALE_FACTOR, MIN_NEIGHBORS, MIN_FACE_SIZE);
    }

    /**
     * The frontal-face cascade with other search parameters.
     *
     * @throws UncheckedIOException when the cascade cannot be extracted from the OpenCV jar
     */
    public HaarFaceDetector(double scaleFactor, int minNeighbors, int minFaceSize) {
        if (!(scaleFactor > 1)) {
            throw new IllegalArgumentException("scale factor must be above 1, got " + scaleFactor);
        }
        if (minNeighbors < 0 || minFaceSize < 1) {
            throw new IllegalArgumentException("minNeighbors must be >= 0 and minFaceSize >= 1, got "
                    + minNeighbors + " and " + minFaceSize);
        }
        this.scaleFactor = scaleFactor;
        this.minNeighbors = minNeighbors;
        this.minFaceSize = minFaceSize;
        File file;
        try {
            file = Loader.cacheResource(CASCADE_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + CASCADE_RESOURCE + " from the OpenCV jar", e);
        }
        if (file == null) {
            throw new IllegalStateException(CASCADE_RESOURCE + " is not on the class path; the linux-x86_64 "
                    + "OpenCV jar is missing");
        }
        this.cascade = new CascadeClassifier(file.getAbsolutePath());
        if (cascade.empty()) {
            cascade.close();
            throw new IllegalStateException("OpenCV could not load the cascade " + file);
        }
    }

    @Override
    public synchronized List<FaceDetection> detect(BgrImage image) {
        List<FaceDetection> faces = new ArrayList<>();
        try (Mat bgr = toMat(image); Mat grey = new Mat(); RectVector found = new RectVector();
             Size min = new Size(minFaceSize, minFaceSize); Size max = new Size()) {
            cvtColor(bgr, grey, COLOR_BGR2GRAY);
            cascade.detectMultiScale(grey, found, scaleFactor, minNeighbors, 0, min, max);
            for (long i = 0; i < found.size(); i++) {
                Rect r = found.get(i);
                faces.add(new FaceDetection(new Box(r.x(), r.y(), r.x() + r.width() - 1, r.y() + r.height() - 1), 1.0));
            }
        }
        faces.sort(Comparator.comparingDouble((FaceDetection f) -> f.box().width() * f.box().height()).reversed());
        return faces;
    }

    /** A fresh continuous 8UC3 matrix holding a copy of the image's bytes. */
    static Mat toMat(BgrImage image) {
        Mat mat = new Mat(image.height(), image.width(), CV_8UC3);
        mat.data().put(image.toBgrBytes());
        return mat;
    }

    @Override
    public synchronized void close() {
        cascade.close();
    }
}
