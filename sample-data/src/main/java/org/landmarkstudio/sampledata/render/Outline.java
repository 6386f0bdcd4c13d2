package org.landmarkstudio.sampledata.render;

import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * The convex outline of a projected point cloud (a head, a hair volume, a nose), as a polygon
 * in counter-clockwise order.
 *
 * @param xy the outline's corners, interleaved
 */
public record Outline(double[] xy) {

    /** The convex hull of the first {@code n} points of {@code points} (interleaved x, y). */
    public static Outline hullOf(double[] points, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(points[2 * a], points[2 * b]);
            return c != 0 ? c : Double.compare(points[2 * a + 1], points[2 * b + 1]);
        });
        int[] hull = new int[2 * n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(points, hull[k - 2], hull[k - 1], order[i]) <= 0) {
                k--;
            }
            hull[k++] = order[i];
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(points, hull[k - 2], hull[k - 1], order[i]) <= 0) {
                k--;
            }
            hull[k++] = order[i];
        }
        int corners = Math.max(1, k - 1);
        double[] xy = new double[2 * corners];
        for (int i = 0; i < corners; i++) {
            xy[2 * i] = points[2 * hull[i]];
            xy[2 * i + 1] = points[2 * hull[i] + 1];
        }
        return new Outline(xy);
    }

    /** Number of corners. */
    public int size() {
        return xy.length / 2;
    }

    /** The outline as a closed path. */
    public Path2D.Double path() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 1; i < size(); i++) {
            p.lineTo(xy[2 * i], xy[2 * i + 1]);
        }
        p.closePath();
        return p;
    }

    /** Whether (x, y) lies inside or within {@code tolerance} pixels of the outline. */
    public boolean contains(double x, double y, double tolerance) {
        int n = size();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ex = xy[2 * j] - xy[2 * i];
            double ey = xy[2 * j + 1] - xy[2 * i + 1];
            double len = Math.hypot(ex, ey);
            if (len == 0) {
                continue;
            }
            double side = (ex * (y - xy[2 * i + 1]) - ey * (x - xy[2 * i])) / len;
            if (side < -tolerance) {
                return false;
            }
        }
        return true;
    }

    private static double cross(double[] p, int o, int a, int b) {
        return (p[2 * a] - p[2 * o]) * (p[2 * b + 1] - p[2 * o + 1])
                - (p[2 * a + 1] - p[2 * o + 1]) * (p[2 * b] - p[2 * o]);
    }
}
