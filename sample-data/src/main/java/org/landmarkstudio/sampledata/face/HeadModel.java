package org.landmarkstudio.sampledata.face;

/**
 * The head's surface as a stack of horizontal slices, shaped by identity and by the jaw's drop.
 *
 * <p>The slice at height {@code y} is a closed curve {@code x = w S(sin theta)}, {@code z = zs +
 * d S(cos theta)} with half-width {@code w}, silhouette depth {@code zs} (the depth of its widest
 * points, {@code theta = +-pi/2}) and front or back depth {@code d}; theta 0 is the face's
 * midline, negative theta the image-left side of a frontal face, +-pi the back. In front
 * {@code S(v) = sign(v) |v|^(2/n)} makes a superellipse (n 2.2 at the chin to 2.7 at the
 * cheekbones: a face is flatter in front than an ellipse); behind, {@code S(v) = v} makes an
 * ellipse: the skull above the nape, and below it a shallow back that closes the jaw over the
 * throat (the neck is drawn separately). The cranium above the brow ridge is an ellipsoid cap;
 * seen from the front, the jaw narrows a little from the cheekbones to its angle and then runs
 * to the chin along a superellipse arc.
 */
public final class HeadModel {

    private static final double SKULL_CENTRE = 35;
    private static final double SKULL_HALF_HEIGHT = 78;
    private static final double JAW_TOP = -2;
    private static final double CHIN = -112;
    /** Where the jaw's angle lies between the chin (0) and the jaw's top (1). */
    private static final double GONION = 0.42;
    private static final double STOMION = -66;
    private static final double CHIN_DEPTH = 68;
    private static final double JAW_TOP_DEPTH = -7;

    private static final HeightProfile UPPER_WIDTH = new HeightProfile(-2, 70, 18, 71, 35, 74);
    private static final HeightProfile UPPER_SILHOUETTE = new HeightProfile(-2, -7, 35, -12);
    private static final HeightProfile FRONT = new HeightProfile(
            -112, 68, -106, 77.5, -97, 83, -85, 80, -75, 88.5, -66, 88.5, -56, 89.5, -46, 86.5,
            -35, 84.5, -20, 81.5, -8, 80.5, 4, 81, 12, 86.5, 22, 87.5, 35, 84);
    private static final HeightProfile BACK = new HeightProfile(
            -130, 16, -60, 20, -45, 55, -30, 80, -8, 92, 35, 100);
    private static final HeightProfile FRONT_EXPONENT = new HeightProfile(-112, 2.2, -60, 2.45, -8, 2.7, 60, 2.6);

    private final double faceWidth;
    private final double faceLength;
    private final double jawRoundness;
    private final double jawWidth;
    private final double jawDrop;

    /**
     * @param identity   the face's proportions
     * @param expression the expression; its mouth opening drops the jaw
     */
    public HeadModel(IdentityParameters identity, Expression expression) {
        this.faceWidth = identity.faceWidth();
        this.faceLength = identity.faceLength();
        this.jawRoundness = identity.jawRoundness();
        this.jawWidth = identity.jawWidth();
        this.jawDrop = 22 * faceLength * expression.mouthOpen();
    }

    /** Height of the top of the skull. */
    public double top() {
        return SKULL_CENTRE + SKULL_HALF_HEIGHT;
    }

    /** Height of the chin's lowest point before the jaw drops. */
    public double chin() {
        return CHIN * faceLength;
    }

    /** Height where the jaw outline starts below the cheekbones (contour points 0 and 32). */
    public double jawTop() {
        return JAW_TOP * faceLength;
    }

    /** Height of the lips' meeting line at the middle of the mouth. */
    public double stomion() {
        return STOMION * faceLength;
    }

    /** How far the jaw drops at the chin, millimetres. */
    public double jawDrop() {
        return jawDrop;
    }

    /** Half-width of the slice at {@code y}. */
    public double halfWidth(double y) {
        double r = reference(y);
        if (r >= SKULL_CENTRE) {
            return 74 * faceWidth * cap(r);
        }
        if (r >= JAW_TOP) {
            return UPPER_WIDTH.at(r) * faceWidth;
        }
        return UPPER_WIDTH.at(JAW_TOP) * faceWidth * jawShape(jawParameter(r));
    }

    /** The undeformed surface point of the slice at {@code y} and angle {@code theta}. */
    public Point3 rest(double y, double theta) {
        return slice(y).rest(theta);
    }

    /** The slice at height {@code y}, for evaluating many angles at one height. */
    public Slice slice(double y) {
        double r = reference(y);
        double zs = silhouetteDepth(r);
        return new Slice(this, y, halfWidth(y), zs, frontDepth(r) - zs, backDepth(r), 2 / FRONT_EXPONENT.at(r));
    }

    /**
     * One horizontal slice of the head.
     *
     * @param head       the head it belongs to
     * @param y          its height
     * @param halfWidth  its half-width
     * @param silhouette the depth of its widest points
     * @param front      how far its midline stands in front of them
     * @param back       how far its back lies behind them
     * @param power      the superellipse power 2/n of its front half
     */
    public record Slice(HeadModel head, double y, double halfWidth, double silhouette, double front, double back,
                       double power) {

        /** The undeformed point at angle {@code theta}. */
        public Point3 rest(double theta) {
            double c = Math.cos(theta);
            double s = Math.sin(theta);
            if (c < 0) {
                return new Point3(halfWidth * s, y, silhouette + back * c);
            }
            return new Point3(halfWidth * Math.copySign(Math.pow(Math.abs(s), power), s), y,
                    silhouette + front * Math.pow(c, power));
        }

        /** The point at angle {@code theta}, the jaw dropped. */
        public Point3 surface(double theta) {
            return head.deform(rest(theta));
        }

        /** The outward unit normal of the undeformed surface at angle {@code theta}. */
        public Point3 normal(double theta) {
            Point3 p = rest(theta);
            Point3 across = rest(theta + 1e-3).minus(p);
            Point3 up = head.slice(y + 0.5).rest(theta).minus(p);
            Point3 n = up.cross(across).normalized();
            Point3 horizontal = new Point3(Math.sin(theta), 0, Math.cos(theta));
            if (n.length() == 0) {
                return horizontal;
            }
            return n.dot(horizontal) < 0 ? n.times(-1) : n;
        }
    }

    /** The surface point of the slice at {@code y} and angle {@code theta}, the jaw dropped. */
    public Point3 surface(double y, double theta) {
        return deform(slice(y).rest(theta));
    }

    /** The undeformed front surface point at (x, y), {@code lift} millimetres nearer the camera. */
    public Point3 front(double x, double y, double lift) {
        Slice slice = slice(y);
        double w = slice.halfWidth();
        double s = w <= 0 ? 0 : Math.max(-1, Math.min(1, x / w));
        Point3 p = slice.rest(Math.asin(Math.copySign(Math.pow(Math.abs(s), 1 / slice.power()), s)));
        return new Point3(x, y, p.z() + lift);
    }

    /** The outward unit normal of the undeformed surface at slice {@code y}, angle {@code theta}. */
    public Point3 normal(double y, double theta) {
        return slice(y).normal(theta);
    }

    /**
     * A point lifted off the surface: the surface point of slice {@code y} at {@code theta} (the
     * jaw dropped) moved {@code lift} millimetres along the outward normal, as hair lies.
     */
    public Point3 lifted(double y, double theta, double lift) {
        Slice slice = slice(y);
        return slice.surface(theta).plus(slice.normal(theta).times(lift));
    }

    /**
     * Moves a model point with the jaw: points below the mouth drop with it, fully from a
     * little under the lips, less towards the jaw joints at the sides.
     */
    public Point3 deform(Point3 p) {
        if (jawDrop == 0 || p.y() >= stomion()) {
            return p;
        }
        double u = Math.min(1, (stomion() - p.y()) / (14 * faceLength));
        double f = u * u * (3 - 2 * u);
        return jawPoint(p, f);
    }

    /** Moves a point that belongs to the lower jaw (lower lip, chin) fully with it. */
    public Point3 jawPoint(Point3 p) {
        return jawPoint(p, 1);
    }

    private Point3 jawPoint(Point3 p, double share) {
        double side = 1 - 0.5 * Math.min(1, Math.abs(p.x()) / (75 * faceWidth));
        return new Point3(p.x(), p.y() - jawDrop * share * side, p.z() - 0.15 * jawDrop * share);
    }

    private double reference(double y) {
        return y < 0 ? y / faceLength : y;
    }

    private double silhouetteDepth(double r) {
        if (r >= SKULL_CENTRE) {
            return UPPER_SILHOUETTE.at(SKULL_CENTRE);
        }
        if (r >= JAW_TOP) {
            return UPPER_SILHOUETTE.at(r);
        }
        double t = jawParameter(r);
        return CHIN_DEPTH + (JAW_TOP_DEPTH - CHIN_DEPTH) * (1 - Math.pow(1 - t, 5));
    }

    private double frontDepth(double r) {
        if (r >= SKULL_CENTRE) {
            return silhouetteDepth(r) + (FRONT.at(SKULL_CENTRE) - silhouetteDepth(r)) * cap(r);
        }
        return FRONT.at(r);
    }

    private double backDepth(double r) {
        if (r >= SKULL_CENTRE) {
            return BACK.at(SKULL_CENTRE) * cap(r);
        }
        return BACK.at(r);
    }

    private static double cap(double r) {
        double t = (r - SKULL_CENTRE) / SKULL_HALF_HEIGHT;
        return Math.sqrt(Math.max(0, 1 - t * t));
    }

    private static double jawParameter(double r) {
        return Math.max(0, Math.min(1, (r - CHIN) / (JAW_TOP - CHIN)));
    }

    /**
     * The jaw's frontal half-width as a share of the cheekbones', from the chin (t = 0) to the
     * jaw's top (t = 1): a superellipse arc up to the jaw's angle, then a smooth widening.
     */
    private double jawShape(double t) {
        if (t >= GONION) {
            double s = (t - GONION) / (1 - GONION);
            return jawWidth + (1 - jawWidth) * s * s * (3 - 2 * s);
        }
        double u = t / GONION;
        return jawWidth * Math.pow(Math.max(0, 1 - Math.pow(1 - u, jawRoundness)), 1 / jawRoundness);
    }
}
