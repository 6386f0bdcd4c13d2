package org.landmarkstudio.core.sample;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * The points of one face in one schema, with a mask of which points are really labelled.
 *
 * <p>An unlabelled point has no coordinate: readers translate placeholders such as PFPLD's
 * {@code -256} into "unlabelled", and writers translate back. Accessing the coordinate of an
 * unlabelled point is an error, so a placeholder can never leak into a metric.
 */
public final class Landmarks {

    private final PointSchema schema;
    private final double[] xy;
    private final BitSet labelled;

    private Landmarks(PointSchema schema, double[] xy, BitSet labelled) {
        this.schema = schema;
        this.xy = xy;
        this.labelled = labelled;
    }

    /**
     * Landmarks with every point labelled.
     *
     * @param xy interleaved x0, y0, x1, y1, ...; must hold {@code 2 * schema.size()} finite numbers
     */
    public static Landmarks of(PointSchema schema, double[] xy) {
        BitSet all = new BitSet(schema.size());
        all.set(0, schema.size());
        return of(schema, xy, all);
    }

    /**
     * Landmarks where only the points set in {@code labelled} carry coordinates; the values of
     * the other points in {@code xy} are ignored and stored as NaN.
     */
    public static Landmarks of(PointSchema schema, double[] xy, BitSet labelled) {
        Objects.requireNonNull(schema, "schema");
        if (xy.length != 2 * schema.size()) {
            throw new IllegalArgumentException(schema.id() + " needs " + 2 * schema.size()
                    + " coordinates, got " + xy.length);
        }
        double[] copy = xy.clone();
        BitSet mask = (BitSet) labelled.clone();
        mask.clear(schema.size(), Math.max(schema.size(), mask.length()));
        for (int i = 0; i < schema.size(); i++) {
            if (!mask.get(i)) {
                copy[2 * i] = Double.NaN;
                copy[2 * i + 1] = Double.NaN;
            } else if (!Double.isFinite(copy[2 * i]) || !Double.isFinite(copy[2 * i + 1])) {
                throw new IllegalArgumentException("point " + i + " is labelled but not finite");
            }
        }
        return new Landmarks(schema, copy, mask);
    }

    /** Landmarks with no labelled point at all (e.g. a pose-only AFLW2000 row). */
    public static Landmarks unlabelled(PointSchema schema) {
        return of(schema, new double[2 * schema.size()], new BitSet());
    }

    public PointSchema schema() {
        return schema;
    }

    /** Number of points in the schema (labelled or not). */
    public int size() {
        return schema.size();
    }

    public boolean isLabelled(int i) {
        checkIndex(i);
        return labelled.get(i);
    }

    /** Number of labelled points. */
    public int labelledCount() {
        return labelled.cardinality();
    }

    /** True when every point is labelled. */
    public boolean isComplete() {
        return labelled.cardinality() == schema.size();
    }

    /** A copy of the labelled mask. */
    public BitSet labelledMask() {
        return (BitSet) labelled.clone();
    }

    public double x(int i) {
        requireLabelled(i);
        return xy[2 * i];
    }

    public double y(int i) {
        requireLabelled(i);
        return xy[2 * i + 1];
    }

    /** Interleaved coordinates; NaN at unlabelled points. */
    public double[] toArray() {
        return xy.clone();
    }

    /** A copy with point {@code i} moved to (x, y) and marked labelled. */
    public Landmarks withPoint(int i, double x, double y) {
        checkIndex(i);
        double[] copy = xy.clone();
        copy[2 * i] = x;
        copy[2 * i + 1] = y;
        BitSet mask = labelledMask();
        mask.set(i);
        return of(schema, copy, mask);
    }

    /** A copy with point {@code i} unlabelled. */
    public Landmarks withoutPoint(int i) {
        checkIndex(i);
        BitSet mask = labelledMask();
        mask.clear(i);
        return of(schema, xy, mask);
    }

    /** Euclidean distance between two labelled points. */
    public double distance(int a, int b) {
        return Math.hypot(x(a) - x(b), y(a) - y(b));
    }

    /** Bounding box of the labelled points, or {@code null} when none is labelled. */
    public Box bounds() {
        if (labelled.isEmpty()) {
            return null;
        }
        double x1 = Double.POSITIVE_INFINITY;
        double y1 = Double.POSITIVE_INFINITY;
        double x2 = Double.NEGATIVE_INFINITY;
        double y2 = Double.NEGATIVE_INFINITY;
        for (int i = labelled.nextSetBit(0); i >= 0; i = labelled.nextSetBit(i + 1)) {
            x1 = Math.min(x1, xy[2 * i]);
            y1 = Math.min(y1, xy[2 * i + 1]);
            x2 = Math.max(x2, xy[2 * i]);
            y2 = Math.max(y2, xy[2 * i + 1]);
        }
        return new Box(x1, y1, x2, y2);
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= schema.size()) {
            throw new IndexOutOfBoundsException("point " + i + " outside " + schema.id());
        }
    }

    private void requireLabelled(int i) {
        checkIndex(i);
        if (!labelled.get(i)) {
            throw new IllegalStateException("point " + i + " (" + schema.pointName(i) + ") is unlabelled");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Landmarks other)) {
            return false;
        }
        if (schema != other.schema || !labelled.equals(other.labelled)) {
            return false;
        }
        for (int i = labelled.nextSetBit(0); i >= 0; i = labelled.nextSetBit(i + 1)) {
            if (Double.compare(xy[2 * i], other.xy[2 * i]) != 0
                    || Double.compare(xy[2 * i + 1], other.xy[2 * i + 1]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema.id(), labelled, Arrays.hashCode(xy));
    }

    @Override
    public String toString() {
        return "Landmarks[" + schema.id() + ", " + labelled.cardinality() + "/" + schema.size() + " labelled]";
    }
}
