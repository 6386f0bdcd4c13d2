package org.landmarkstudio.sampledata.face;

import java.util.ArrayList;
import java.util.List;

/**
 * One face in model space: the head surface, the 106 LaPa landmarks as 3-D points, and the
 * geometry the renderer needs besides them (eyes, nose volume, ears, hairline height).
 *
 * <p>The landmark layout is LaPa's (FORMATS.md §1.4), every side named as seen in the image of
 * a frontal face: 0-32 the jaw contour from image left to image right with 16 the chin; 33-41
 * and 42-50 the brows (upper edge left to right, then lower edge right to left); 51-54 the nose
 * bridge from top to tip; 55-65 the nose base from the image-left wing round to the image-right
 * one (58-62 are WFLW's five); 66-73 and 75-82 the eyes (left corner, upper lid, right corner,
 * lower lid) with centres 74 and 83; 84-95 the outer lip and 96-103 the inner lip (left corner,
 * upper edge left to right, right corner, lower edge right to left); 104 and 105 the pupils.
 *
 * <p>The contour points are stored at their anatomical place, the widest point of their jaw
 * slice ({@code theta = -+pi/2}, the chin at theta 0); {@link ContourSilhouette} moves the ones
 * a turned head hides onto the silhouette.
 */
public final class FaceShape {

    /** Number of landmarks (LaPa / JD-106). */
    public static final int POINTS = 106;
    /** Number of jaw contour landmarks. */
    public static final int CONTOUR_POINTS = 33;
    /** Index of the chin. */
    public static final int CHIN = 16;

    private final IdentityParameters identity;
    private final Expression expression;
    private final EyeOpenness openness;
    private final Gaze gaze;
    private final HeadModel head;
    private final EyeGeometry leftEye;
    private final EyeGeometry rightEye;
    private final double[] contourHeights = new double[CONTOUR_POINTS];
    private final Point3[] points = new Point3[POINTS];

    /**
     * @param identity   who
     * @param expression what the face does
     * @param openness   how open each eye is
     * @param gaze       where the eyes look
     */
    public FaceShape(IdentityParameters identity, Expression expression, EyeOpenness openness, Gaze gaze) {
        this.identity = identity;
        this.expression = expression;
        this.openness = openness;
        this.gaze = gaze;
        this.head = new HeadModel(identity, expression);
        this.leftEye = new EyeGeometry(head, identity, -1, openness.left(), expression.smile(), gaze);
        this.rightEye = new EyeGeometry(head, identity, 1, openness.right(), expression.smile(), gaze);
        placeContour();
        placeBrows();
        placeNose();
        placeEyes();
        placeLips();
    }

    /** The same face with other eye openings. */
    public FaceShape withOpenness(EyeOpenness newOpenness) {
        return new FaceShape(identity, expression, newOpenness, gaze);
    }

    public IdentityParameters identity() {
        return identity;
    }

    public Expression expression() {
        return expression;
    }

    public EyeOpenness openness() {
        return openness;
    }

    public HeadModel head() {
        return head;
    }

    /** The eye on {@code side}: -1 image left, +1 image right. */
    public EyeGeometry eye(int side) {
        return side < 0 ? leftEye : rightEye;
    }

    /** Landmark {@code i} in model space (contour points at their anatomical place). */
    public Point3 point(int i) {
        return points[i];
    }

    /**
     * The image positions of the 106 landmarks, interleaved x0, y0, x1, y1, ...: inner points
     * are plain projections, contour points sit on the silhouette where the head hides them
     * ({@link ContourSilhouette}).
     */
    public double[] landmarks(Projection projection) {
        double[] xy = new double[2 * POINTS];
        ContourSilhouette contour = new ContourSilhouette(this, projection);
        for (int i = 0; i < POINTS; i++) {
            projection.project(i < CONTOUR_POINTS ? contour.point(i) : points[i], xy, i);
        }
        return xy;
    }

    /** The slice height of contour point {@code i} (0-32), before the jaw drops. */
    public double contourHeight(int i) {
        return contourHeights[i];
    }

    /** The side of contour point {@code i}: -1 image left, 0 the chin, +1 image right. */
    public static int contourSide(int i) {
        return Integer.compare(i, CHIN);
    }

    /** The midline point of the frontal hairline. */
    public Point3 hairlineCentre() {
        return head.front(0, identity.hairline(), 0);
    }

    /**
     * Points spanning the nose's volume (bridge, tip, wings, base), whose projected hull is the
     * nose's outline when the head turns.
     */
    public List<Point3> noseVolume() {
        double nw = identity.noseWidth();
        List<Point3> out = new ArrayList<>();
        for (int i = 51; i <= 65; i++) {
            out.add(points[i]);
        }
        Point3 tip = points[54];
        Point3 top = points[51];
        out.add(head.front(-6 * nw, top.y() - 2, 0));
        out.add(head.front(6 * nw, top.y() - 2, 0));
        out.add(tip.shifted(-5.5 * nw, -1, -3));
        out.add(tip.shifted(5.5 * nw, -1, -3));
        out.add(tip.shifted(0, -3.5, -2.5));
        return out;
    }

    /**
     * The outline of the ear on {@code side} (-1 image left, +1 image right), 20 points from its
     * top round the back and the lobe to the front attachment.
     */
    public List<Point3> ear(int side) {
        return earCurve(side, 1.0, 20);
    }

    /** The inner fold of the ear on {@code side}, an open curve inside {@link #ear(int)}. */
    public List<Point3> earFold(int side) {
        return earCurve(side, 0.62, 12).subList(0, 9);
    }

    /** The outward direction of the ear on {@code side}. */
    public Point3 earNormal(int side) {
        return new Point3(side, 0, -0.35).normalized();
    }

    private List<Point3> earCurve(int side, double size, int n) {
        double es = identity.earSize();
        double topY = 13 * es;
        double bottomY = -42 * es * identity.faceLength();
        double centreY = (topY + bottomY) / 2;
        double halfHeight = (topY - bottomY) / 2 * size;
        double halfDepth = 15 * es * size;
        double frontZ = -10;
        double centreZ = frontZ - 15 * es;
        List<Point3> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double a = Math.PI / 2 + 2 * Math.PI * k / n;
            double c = Math.cos(a);
            double s = Math.sin(a);
            double narrow = s < 0 ? 0.72 + 0.28 * (1 + s) : 1;
            double z = centreZ - halfDepth * c * narrow;
            double y = centreY + halfHeight * s;
            double back = Math.max(0, Math.min(1, (frontZ - z) / (2 * halfDepth)));
            double x = side * (head.halfWidth(y) * 0.96 + 1 + 9 * back * back);
            out.add(new Point3(x, y, z));
        }
        return out;
    }

    private void placeContour() {
        int samples = 240;
        double top = head.jawTop();
        double chin = head.chin();
        double[] ys = new double[samples + 1];
        double[] arc = new double[samples + 1];
        double px = 0;
        double py = 0;
        for (int k = 0; k <= samples; k++) {
            double t = 1 - (double) k / samples;
            double y = chin + (top - chin) * t;
            double x = head.halfWidth(y);
            ys[k] = y;
            if (k > 0) {
                arc[k] = arc[k - 1] + Math.hypot(x - px, y - py);
            }
            px = x;
            py = y;
        }
        for (int i = 0; i <= CHIN; i++) {
            double target = arc[samples] * i / CHIN;
            int k = 1;
            while (k < samples && arc[k] < target) {
                k++;
            }
            double f = (target - arc[k - 1]) / Math.max(1e-12, arc[k] - arc[k - 1]);
            double y = ys[k - 1] + (ys[k] - ys[k - 1]) * Math.max(0, Math.min(1, f));
            contourHeights[i] = i == CHIN ? chin : y;
            contourHeights[2 * CHIN - i] = contourHeights[i];
        }
        for (int i = 0; i < CONTOUR_POINTS; i++) {
            int side = contourSide(i);
            points[i] = head.surface(contourHeights[i], side * Math.PI / 2);
        }
    }

    private void placeBrows() {
        double[] upperU = {0, 0.25, 0.5, 0.75, 1};
        double[] lowerU = {1, 0.72, 0.45, 0.18};
        for (int k = 0; k < 5; k++) {
            points[33 + k] = brow(-1, upperU[k], true);
            points[46 - k] = brow(1, upperU[k], true);
        }
        for (int k = 0; k < 4; k++) {
            points[38 + k] = brow(-1, lowerU[k], false);
            points[50 - k] = brow(1, lowerU[k], false);
        }
    }

    /** A brow edge point at u (0 outer end .. 1 inner end) on {@code side}. */
    private Point3 brow(int side, double u, boolean upperEdge) {
        double raise = expression.browRaise();
        double inner = identity.eyeSpacing() - 1.5 + (raise < 0 ? -2.5 * raise : 0);
        double outer = identity.eyeSpacing() + identity.eyeWidth() + 9;
        double x = side * (outer + (inner - outer) * u);
        double arch = identity.browArch() * Math.sin(Math.PI * Math.pow(1 - u, Math.log(0.5) / Math.log(0.62)));
        double lift = raise > 0 ? 7 * raise * (0.6 + 0.4 * u) : 5 * raise * u * u;
        double centre = identity.browHeight() + arch - 2.5 * (1 - u) * (1 - u) + lift;
        double thickness = identity.browThickness() * (0.45 + 0.55 * Math.pow(u, 0.6));
        double y = centre + (upperEdge ? 0.5 : -0.5) * thickness;
        return head.front(x, y, 2.5);
    }

    private void placeNose() {
        double length = identity.faceLength() * (0.6 + 0.4 * identity.noseLength());
        double nw = identity.noseWidth();
        double np = identity.noseProjection();
        double sub = -46 * length;
        double tip = sub + 12 * identity.faceLength();
        double top = 2;
        for (int k = 0; k < 4; k++) {
            double f = k / 3.0;
            double y = top + (tip - top) * f;
            double lift = k == 3 ? 23 * np : 1 + 17.5 * np * f;
            points[51 + k] = head.front(0, y, lift);
        }
        double[][] half = {
            {9, tip + 12, 7.5}, {15, tip + 4, 5}, {16, tip - 4, 3}, {12, sub + 2.5, 4}, {6, sub + 0.3, 6.5}};
        for (int k = 0; k < half.length; k++) {
            double[] h = half[k];
            double lift = h[2] * np;
            points[55 + k] = head.front(-h[0] * nw, h[1], lift);
            points[65 - k] = head.front(h[0] * nw, h[1], lift);
        }
        points[60] = head.front(0, sub, 3 * np);
    }

    private void placeEyes() {
        Point3[] l = leftEye.contour();
        Point3[] r = rightEye.contour();
        for (int k = 0; k < 8; k++) {
            points[66 + k] = l[k];
            points[75 + k] = r[k];
        }
        points[74] = leftEye.centre();
        points[83] = rightEye.centre();
        points[104] = leftEye.irisCentre();
        points[105] = rightEye.irisCentre();
    }

    private void placeLips() {
        double smile = expression.smile();
        double open = expression.mouthOpen();
        double hw = identity.mouthWidth() / 2 * (1 - 0.22 * open * (1 - smile)) + 4 * smile;
        double ul = identity.upperLip();
        double ll = identity.lowerLip() * (1 - 0.25 * open);
        double lipLine = head.stomion();
        double drop = head.jawDrop();
        points[84] = lip(-hw, lipLine, smile, hw, -3);
        points[90] = lip(hw, lipLine, smile, hw, -3);
        double[] upperX = {-0.58, -0.16, 0, 0.16, 0.58};
        double[] upperH = {0.62, 1.0, 0.82, 1.0, 0.62};
        for (int k = 0; k < 5; k++) {
            points[85 + k] = lip(upperX[k] * hw, lipLine + ul * upperH[k], smile, hw, 2);
        }
        double[] lowerX = {0.7, 0.38, 0, -0.38, -0.7};
        double[] lowerH = {0.55, 0.9, 1.0, 0.9, 0.55};
        for (int k = 0; k < 5; k++) {
            points[91 + k] = head.jawPoint(lip(lowerX[k] * hw, lipLine - ll * lowerH[k], smile, hw, 1.5));
        }
        double inner = hw - 2.5;
        points[96] = lip(-inner, lipLine, smile, hw, -1);
        points[100] = lip(inner, lipLine, smile, hw, -1);
        double[] innerX = {-0.45, 0, 0.45};
        for (int k = 0; k < 3; k++) {
            double x = innerX[k] * hw;
            double rise = 0.12 * drop * (1 - innerX[k] * innerX[k]);
            points[97 + k] = lip(x, lipLine + rise, smile, hw, 0.5);
            points[103 - k] = head.jawPoint(lip(x, lipLine, smile, hw, 0.5));
        }
    }

    /** A lip point at (x, y) before the smile curve, raised by the smile towards the corners. */
    private Point3 lip(double x, double y, double smile, double hw, double lift) {
        double f = x / hw;
        double curved = y + smile * 7 * f * f - smile * 1.2;
        return head.front(x, curved, lift - 2 * smile * f * f);
    }
}
