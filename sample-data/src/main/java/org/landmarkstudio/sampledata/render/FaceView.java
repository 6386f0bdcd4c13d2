package org.landmarkstudio.sampledata.render;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.List;
import org.landmarkstudio.sampledata.face.FaceShape;
import org.landmarkstudio.sampledata.face.HeadModel;
import org.landmarkstudio.sampledata.face.Point3;
import org.landmarkstudio.sampledata.face.Projection;

/**
 * A face as the camera sees it, for the painters and occluders to draw from: the shape, its
 * projection, the landmark image points and the head's outline, with the image directions of
 * the face's own axes. Only the renderer makes one.
 */
public final class FaceView {

    private static final int LEVELS = 26;
    private static final int COLUMNS = 41;

    private final FaceShape shape;
    private final Projection projection;
    private final double[] landmarks;
    private final Outline head;
    private final Path2D.Double skin;
    private final double[] heights;
    private final SurfaceMesh mesh;
    private final Lighting lighting;
    private final double axisX;
    private final double axisY;
    private final double downX;
    private final double downY;
    private final int nearSide;

    FaceView(FaceShape shape, Projection projection, double[] landmarks, Lighting lighting) {
        this.shape = shape;
        this.projection = projection;
        this.landmarks = landmarks;
        this.lighting = lighting;
        Point3 ax = projection.direction(new Point3(1, 0, 0));
        double a = Math.max(1e-9, Math.hypot(ax.x(), ax.y()));
        this.axisX = ax.x() / a;
        this.axisY = -ax.y() / a;
        Point3 down = projection.direction(new Point3(0, -1, 0));
        double d = Math.max(1e-9, Math.hypot(down.x(), down.y()));
        this.downX = down.x() / d;
        this.downY = -down.y() / d;
        this.nearSide = ax.z() >= 0 ? 1 : -1;
        this.heights = rowHeights(shape.head());
        this.mesh = meshOfHead(heights);
        this.skin = mesh.seen(null);
        this.head = outlineOf(skin);
    }

    FaceShape shape() {
        return shape;
    }

    Projection projection() {
        return projection;
    }

    Lighting lighting() {
        return lighting;
    }

    /** The interleaved landmark image points. */
    double[] landmarks() {
        return landmarks;
    }

    double x(int i) {
        return landmarks[2 * i];
    }

    double y(int i) {
        return landmarks[2 * i + 1];
    }

    Point2D.Double point(int i) {
        return new Point2D.Double(landmarks[2 * i], landmarks[2 * i + 1]);
    }

    Point2D.Double project(Point3 p) {
        return projection.project(p);
    }

    /** The convex outline of the head with its nose and lips, which bounds everything on the face. */
    Outline head() {
        return head;
    }

    /** The head as seen: the union of its surface quads facing the camera. */
    Path2D.Double skin() {
        return skin;
    }

    /**
     * The front of the head below the cheekbones as seen. Painted again over the hair, it hides
     * the hair at the nape that a face seen from below would otherwise show through its jaw.
     */
    Path2D.Double jaw() {
        return mesh.seen(jawMask(mesh, heights));
    }

    /** Image pixels per model millimetre near the face. */
    double pixelsPerMm() {
        return projection.scale();
    }

    /** Unit image direction of the face's x axis (towards the image-right side of the face). */
    double axisX() {
        return axisX;
    }

    double axisY() {
        return axisY;
    }

    /** Unit image direction of the face's downward axis. */
    double downX() {
        return downX;
    }

    double downY() {
        return downY;
    }

    /** The side of the face turned towards the camera: +1 image right, -1 image left. */
    int nearSide() {
        return nearSide;
    }

    /** How much the side {@code side} faces the camera, -1..1 (0 for a frontal face). */
    double sideFacing(int side) {
        return projection.direction(new Point3(side, 0, 0)).z();
    }

    /** The camera-frame unit normal of a model normal. */
    Point3 cameraNormal(Point3 modelNormal) {
        return projection.direction(modelNormal).normalized();
    }

    /**
     * Samples the head surface on a grid: rows at regular heights and at every contour
     * landmark's height, columns round each slice.
     */
    private SurfaceMesh meshOfHead(double[] heights) {
        HeadModel h = shape.head();
        int rows = heights.length;
        double[] xy = new double[2 * COLUMNS * rows];
        for (int j = 0; j < rows; j++) {
            double y = heights[j];
            HeadModel.Slice slice = h.slice(y);
            for (int i = 0; i < COLUMNS; i++) {
                double theta = -Math.PI + 2 * Math.PI * i / (COLUMNS - 1);
                projection.project(slice.surface(theta), xy, i * rows + j);
            }
        }
        return new SurfaceMesh(xy, COLUMNS, rows);
    }

    /** The quads of the head's front (|theta| under 100 degrees) below the cheekbones. */
    private boolean[] jawMask(SurfaceMesh mesh, double[] heights) {
        int qr = mesh.rows() - 1;
        boolean[] mask = new boolean[(mesh.columns() - 1) * qr];
        double top = shape.head().jawTop() - 6;
        for (int i = 0; i < mesh.columns() - 1; i++) {
            double theta = -Math.PI + 2 * Math.PI * (i + 0.5) / (mesh.columns() - 1);
            for (int j = 0; j < qr; j++) {
                mask[i * qr + j] = Math.abs(theta) < Math.toRadians(100) && heights[j + 1] <= top;
            }
        }
        return mask;
    }

    private double[] rowHeights(HeadModel h) {
        double[] ys = new double[LEVELS + 1 + FaceShape.CHIN];
        for (int l = 0; l <= LEVELS; l++) {
            ys[l] = h.chin() + (h.top() - h.chin()) * l / LEVELS;
        }
        for (int i = 0; i < FaceShape.CHIN; i++) {
            ys[LEVELS + 1 + i] = shape.contourHeight(i);
        }
        Arrays.sort(ys);
        int n = 1;
        for (int k = 1; k < ys.length; k++) {
            if (ys[k] - ys[n - 1] > 0.05) {
                ys[n++] = ys[k];
            }
        }
        return Arrays.copyOf(ys, n);
    }

    private Outline outlineOf(Path2D.Double seen) {
        double[] pts = new double[64];
        int n = 0;
        double[] c = new double[6];
        for (PathIterator it = seen.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(c) == PathIterator.SEG_CLOSE) {
                continue;
            }
            if (2 * n + 2 > pts.length) {
                pts = Arrays.copyOf(pts, 2 * pts.length);
            }
            pts[2 * n] = c[0];
            pts[2 * n + 1] = c[1];
            n++;
        }
        List<Point3> nose = shape.noseVolume();
        pts = Arrays.copyOf(pts, 2 * (n + FaceShape.POINTS + nose.size()));
        System.arraycopy(landmarks, 0, pts, 2 * n, 2 * FaceShape.POINTS);
        n += FaceShape.POINTS;
        for (Point3 p : nose) {
            projection.project(p, pts, n++);
        }
        return Outline.hullOf(pts, n);
    }
}
