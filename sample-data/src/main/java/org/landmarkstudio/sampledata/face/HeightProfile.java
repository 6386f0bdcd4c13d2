package org.landmarkstudio.sampledata.face;

/**
 * A smooth measurement of the head as a function of height, such as its half-width or the
 * depth of its front, given at a few heights and interpolated by a monotone cubic (no
 * overshoot between the given values). Outside the given heights it stays at the end values.
 */
final class HeightProfile {

    private final double[] ys;
    private final double[] values;
    private final double[] slopes;

    /**
     * @param knots pairs (height, value) with strictly increasing heights
     */
    HeightProfile(double... knots) {
        int n = knots.length / 2;
        if (n < 2 || knots.length % 2 != 0) {
            throw new IllegalArgumentException("a profile needs at least two (height, value) pairs");
        }
        ys = new double[n];
        values = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = knots[2 * i];
            values[i] = knots[2 * i + 1];
            if (i > 0 && !(ys[i] > ys[i - 1])) {
                throw new IllegalArgumentException("profile heights must increase");
            }
        }
        slopes = monotoneSlopes(ys, values);
    }

    double at(double y) {
        int n = ys.length;
        if (y <= ys[0]) {
            return values[0];
        }
        if (y >= ys[n - 1]) {
            return values[n - 1];
        }
        int i = 0;
        while (y > ys[i + 1]) {
            i++;
        }
        double h = ys[i + 1] - ys[i];
        double t = (y - ys[i]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * values[i] + (t3 - 2 * t2 + t) * h * slopes[i]
                + (-2 * t3 + 3 * t2) * values[i + 1] + (t3 - t2) * h * slopes[i + 1];
    }

    private static double[] monotoneSlopes(double[] x, double[] y) {
        int n = x.length;
        double[] secant = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            secant[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
        }
        double[] m = new double[n];
        m[0] = secant[0];
        m[n - 1] = secant[n - 2];
        for (int i = 1; i < n - 1; i++) {
            m[i] = secant[i - 1] * secant[i] <= 0 ? 0 : (secant[i - 1] + secant[i]) / 2;
        }
        for (int i = 0; i < n - 1; i++) {
            if (secant[i] == 0) {
                m[i] = 0;
                m[i + 1] = 0;
                continue;
            }
            double a = m[i] / secant[i];
            double b = m[i + 1] / secant[i];
            double s = a * a + b * b;
            if (s > 9) {
                double tau = 3 / Math.sqrt(s);
                m[i] = tau * a * secant[i];
                m[i + 1] = tau * b * secant[i];
            }
        }
        return m;
    }
}
