package org.landmarkstudio.sampledata.render;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.Arrays;
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

    private static final int LEVELS = 32;
    private static final int COLUMNS = 49;

    private final FaceShape shape;
    private final Projection projection;
    private final double[] landmarks;
    private final Outline head;
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
        this.mesh = meshOfHead();
        this.head = outlineOf(mesh);
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

    /** The convex outline of the head (skull, face and jaw). */
    Outline head() {
        return head;
    }

    /** The head as seen: the union of its surface quads facing the camera. */
    Path2D.Double skin() {
        return mesh.seen();
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

    /** The light's brightness on the head surface at slice y, angle theta. */
    double shadeAt(double y, double theta) {
        return lighting.shade(cameraNormal(shape.head().normal(y, theta)));
    }

    /**
     * Samples the head surface on a grid (rows at regular heights and at every contour
     * landmark's height, columns round each slice; jaw slices, open at the back, repeat their
     * last point there) and keeps it as a mesh; the convex outline is taken from the same points
     * and the contour landmarks.
     */
    private SurfaceMesh meshOfHead() {
        HeadModel h = shape.head();
        double[] heights = rowHeights(h);
        int rows = heights.length;
        double[] xy = new double[2 * COLUMNS * rows];
        for (int j = 0; j < rows; j++) {
            double y = heights[j];
            HeadModel.Slice slice = h.slice(y);
            double limit = h.thetaLimit(y);
            for (int i = 0; i < COLUMNS; i++) {
                double theta = -Math.PI + 2 * Math.PI * i / (COLUMNS - 1);
                theta = Math.max(-limit, Math.min(limit, theta));
                projection.project(slice.surface(theta), xy, i * rows + j);
            }
        }
        return new SurfaceMesh(xy, COLUMNS, rows);
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

    private Outline outlineOf(SurfaceMesh mesh) {
        double[] grid = mesh.xy();
        double[] pts = new double[grid.length + 2 * FaceShape.CONTOUR_POINTS];
        System.arraycopy(grid, 0, pts, 0, grid.length);
        System.arraycopy(landmarks, 0, pts, grid.length, 2 * FaceShape.CONTOUR_POINTS);
        return Outline.hullOf(pts, pts.length / 2);
    }
}
