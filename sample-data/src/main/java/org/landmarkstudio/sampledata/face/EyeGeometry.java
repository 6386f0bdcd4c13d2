package org.landmarkstudio.sampledata.face;

/**
 * One eye in model space: its corners, lids, iris and the eight contour landmarks.
 *
 * <p>The lids are curves between the two corners, parameterised by t from the image-left
 * corner (0) to the image-right corner (1). The upper lid at openness {@code o} lies the
 * fraction {@code o} of the way from the lower lid to the fully open upper lid, point by point,
 * so a closed eye's upper-lid landmarks sit exactly on the lower-lid landmarks (eye aspect ratio
 * 0) and the ratio grows linearly with openness. The iris sits on the eyeball behind the lids:
 * its centre (the pupil landmark) rests on the lower lid's middle and rises with the opening up
 * to 0.9 iris radii, so a closing lid covers it from above and a closed eye shows none of it.
 */
public final class EyeGeometry {

    private static final double[] CONTOUR_T = {0, 0.25, 0.5, 0.75, 1, 0.75, 0.5, 0.25};
    /** Where the open upper lid is highest, from the outer corner: a little towards the nose. */
    private static final double UPPER_PEAK = 0.55;
    /** Where the lower lid is lowest, from the outer corner. */
    private static final double LOWER_PEAK = 0.45;

    private final Point3 left;
    private final Point3 right;
    private final double upperHeight;
    private final double lowerDepth;
    private final double lowerLift;
    private final boolean outerOnLeft;
    private final double openness;
    private final double width;
    private final Point3 irisCentre;
    private final double irisRadius;
    private final Point3 irisNormal;

    /**
     * @param head      the head whose surface carries the eye
     * @param identity  eye spacing, width, height and tilt
     * @param side      -1 for the image-left eye, +1 for the image-right eye
     * @param openness  0 closed .. 1 wide open
     * @param smile     0..1; a smile pushes the lower lid up
     * @param gaze      where the iris looks
     */
    public EyeGeometry(HeadModel head, IdentityParameters identity, int side, double openness, double smile,
                       Gaze gaze) {
        if (side != -1 && side != 1) {
            throw new IllegalArgumentException("side must be -1 or +1");
        }
        this.openness = openness;
        this.width = identity.eyeWidth();
        double inner = side * identity.eyeSpacing();
        double outer = side * (identity.eyeSpacing() + identity.eyeWidth());
        double tilt = identity.canthalTilt() / 2;
        Point3 innerCorner = head.front(inner, -tilt, -2.5);
        Point3 outerCorner = head.front(outer, tilt, -2.5);
        this.left = side < 0 ? outerCorner : innerCorner;
        this.right = side < 0 ? innerCorner : outerCorner;
        this.upperHeight = 0.27 * width * identity.eyeHeight();
        this.lowerDepth = 0.09 * width * identity.eyeHeight();
        this.lowerLift = 0.5 * lowerDepth * smile;
        this.outerOnLeft = side < 0;
        this.irisRadius = 0.195 * width;
        Point3 lowMid = lower(0.5);
        double gap = upper(0.5).y() - lowMid.y();
        double travel = Math.min(1, gap / (upperHeight + lowerDepth - lowerLift));
        this.irisCentre = new Point3(
                base(0.5).x() + gaze.horizontal() * 0.2 * width * travel,
                lowMid.y() + Math.min(0.9 * irisRadius, 0.5 * gap) + gaze.vertical() * 0.04 * width * travel,
                base(0.5).z() + 5.5);
        this.irisNormal = new Point3(0.35 * gaze.horizontal(), 0.25 * gaze.vertical(), 1).normalized();
    }

    public double openness() {
        return openness;
    }

    /** Corner-to-corner width in millimetres. */
    public double width() {
        return width;
    }

    /** The corner at the image left of a frontal face. */
    public Point3 leftCorner() {
        return left;
    }

    /** The corner at the image right of a frontal face. */
    public Point3 rightCorner() {
        return right;
    }

    /** The lower lid's edge at t. */
    public Point3 lower(double t) {
        Point3 b = base(t);
        double bump = bump(fromOuter(t), LOWER_PEAK);
        return new Point3(b.x(), b.y() - (lowerDepth - lowerLift) * bump, b.z() + 4.5 * Math.sin(Math.PI * t));
    }

    /** The upper lid's edge at t when the eye is wide open. */
    public Point3 upperOpen(double t) {
        Point3 b = base(t);
        return new Point3(b.x(), b.y() + upperHeight * bump(fromOuter(t), UPPER_PEAK),
                b.z() + 5.3 * Math.sin(Math.PI * t));
    }

    /** The upper lid's edge at t at this eye's openness. */
    public Point3 upper(double t) {
        return lower(t).lerp(upperOpen(t), openness);
    }

    /** The crease above the upper lid (where the lid skin folds), at t. */
    public Point3 crease(double t) {
        Point3 open = upperOpen(t);
        return new Point3(open.x(), open.y() + 0.12 * width * Math.sin(Math.PI * t), open.z() - 1);
    }

    /** The eight contour points in LaPa order: left corner, upper lid, right corner, lower lid. */
    public Point3[] contour() {
        Point3[] out = new Point3[8];
        for (int k = 0; k < 8; k++) {
            double t = CONTOUR_T[k];
            out[k] = k == 0 ? left : k == 4 ? right : k < 4 ? upper(t) : lower(t);
        }
        return out;
    }

    /** The middle of the eye opening (LaPa's eye-centre point). */
    public Point3 centre() {
        return upper(0.5).lerp(lower(0.5), 0.5);
    }

    /** The iris centre on the eyeball; its image is the pupil landmark. */
    public Point3 irisCentre() {
        return irisCentre;
    }

    public double irisRadius() {
        return irisRadius;
    }

    /** The direction the iris faces. */
    public Point3 irisNormal() {
        return irisNormal;
    }

    private Point3 base(double t) {
        return left.lerp(right, t);
    }

    /** The position along the eye measured from its outer corner (0) to its inner corner (1). */
    private double fromOuter(double t) {
        return outerOnLeft ? t : 1 - t;
    }

    private static double bump(double t, double peak) {
        double k = Math.log(0.5) / Math.log(peak);
        return Math.sin(Math.PI * Math.pow(Math.max(0, Math.min(1, t)), k));
    }
}
