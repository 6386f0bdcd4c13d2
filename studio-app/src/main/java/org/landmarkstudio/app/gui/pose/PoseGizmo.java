package org.landmarkstudio.app.gui.pose;

import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.landmarkstudio.core.sample.HeadPose;
import org.landmarkstudio.sampledata.face.HeadRotation;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * Draws a head pose as PFPLD's {@code plot_pose_cube} does, so that a pose in the studio looks
 * exactly like the same pose drawn by PFPLD's demos (FORMATS.md §2.4).
 *
 * <p>The cube's first corner sits at (cx - size/2, cy - size/2); its three edges from that
 * corner are the image projections (orthographic, image y down) of the head's x axis (to the
 * image right when level), of its downward axis, and of its forward axis (towards the camera),
 * each {@code size} long. The base square (x and down axes) is red, the four pillars along the
 * forward axis blue and the top square green, as in PFPLD. The rotation is the studio's one
 * ({@link HeadRotation}): positive yaw turns the face to the image left, positive pitch raises
 * it, positive roll turns it clockwise, which is what {@code plot_pose_cube} draws with
 * {@code p = pitch, y = -yaw, r = roll}. A frontal pose shows a plain square whose pillars
 * point at the viewer.
 */
public final class PoseGizmo {

    private static final Color BASE = Color.rgb(230, 40, 40);
    private static final Color PILLARS = Color.rgb(40, 90, 240);
    private static final Color TOP = Color.rgb(40, 190, 60);

    private PoseGizmo() {
    }

    /**
     * The cube's eight corners in screen space: o, o+X, o+D, o+X+D, o+F, o+X+F, o+D+F, o+X+D+F,
     * where o is the first corner, X the head's x axis, D its downward axis and F its forward
     * axis, each projected and scaled to {@code size}.
     */
    public static Point2D[] corners(HeadPose pose, double cx, double cy, double size) {
        HeadRotation rotation = HeadRotation.of(pose.yaw(), pose.pitch(), pose.roll());
        Point2D x = screen(rotation.apply(new Point3(1, 0, 0)), size);
        Point2D d = screen(rotation.apply(new Point3(0, -1, 0)), size);
        Point2D f = screen(rotation.apply(new Point3(0, 0, 1)), size);
        Point2D o = new Point2D(cx - size / 2, cy - size / 2);
        return new Point2D[] {o, o.add(x), o.add(d), o.add(x).add(d), o.add(f), o.add(x).add(f), o.add(d).add(f),
            o.add(x).add(d).add(f)};
    }

    /** Draws the cube of {@code pose} with its first corner at (cx - size/2, cy - size/2). */
    public static void draw(GraphicsContext g, HeadPose pose, double cx, double cy, double size) {
        draw(g, pose, cx, cy, size, 1);
    }

    /** Draws the cube at the given opacity (e.g. a faint estimate beside the label). */
    public static void draw(GraphicsContext g, HeadPose pose, double cx, double cy, double size, double opacity) {
        Point2D[] c = corners(pose, cx, cy, size);
        double width = Math.max(1.5, size / 60);
        g.save();
        g.setGlobalAlpha(opacity);
        g.setLineWidth(width * 1.5);
        g.setStroke(BASE);
        line(g, c[0], c[1]);
        line(g, c[0], c[2]);
        line(g, c[2], c[3]);
        line(g, c[1], c[3]);
        g.setLineWidth(width);
        g.setStroke(PILLARS);
        line(g, c[0], c[4]);
        line(g, c[1], c[5]);
        line(g, c[2], c[6]);
        line(g, c[3], c[7]);
        g.setStroke(TOP);
        line(g, c[5], c[7]);
        line(g, c[6], c[7]);
        line(g, c[4], c[5]);
        line(g, c[4], c[6]);
        g.restore();
    }

    private static Point2D screen(Point3 v, double size) {
        return new Point2D(v.x() * size, -v.y() * size);
    }

    private static void line(GraphicsContext g, Point2D a, Point2D b) {
        g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
    }
}
