package org.landmarkstudio.core.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A landmark layout: how many points, what each one is, how they are drawn, which points form
 * the eyes and how the points permute under a horizontal flip.
 *
 * <p>The three layouts the studio knows are constants; schemas are compared by identity.
 */
public final class PointSchema {

    /** WFLW's 98 points (PFPLD's native layout). */
    public static final PointSchema WFLW_98 = Wflw98Layout.create();
    /** LaPa's 106 points (the JD-106 layout). */
    public static final PointSchema LAPA_106 = Lapa106Layout.create();
    /** The iBUG / 300-W 68 points used by 300W-LP and AFLW2000-3D. */
    public static final PointSchema IBUG_68 = Ibug68Layout.create();

    private final String id;
    private final String displayName;
    private final int size;
    private final List<PointGroup> groups;
    private final int[] flip;
    private final EyeContour leftEye;
    private final EyeContour rightEye;
    private final int[] pupils;
    private final String[] names;

    PointSchema(String id, String displayName, int size, List<PointGroup> groups, int[] flip,
                EyeContour leftEye, EyeContour rightEye, int[] pupils) {
        this.id = id;
        this.displayName = displayName;
        this.size = size;
        this.groups = List.copyOf(groups);
        this.flip = flip.clone();
        this.leftEye = leftEye;
        this.rightEye = rightEye;
        this.pupils = pupils == null ? null : pupils.clone();
        this.names = nameEveryPoint(size, this.groups);
        checkFlip();
    }

    /** All known schemas. */
    public static List<PointSchema> all() {
        return List.of(WFLW_98, LAPA_106, IBUG_68);
    }

    /**
     * The schema with this id ({@code wflw98}, {@code lapa106}, {@code ibug68}) or point count.
     *
     * @throws IllegalArgumentException naming the known ids when nothing matches
     */
    public static PointSchema byId(String idOrCount) {
        String key = idOrCount.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (PointSchema s : all()) {
            if (s.id.equals(key) || Integer.toString(s.size).equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown point schema '" + idOrCount
                + "'; expected one of wflw98, lapa106, ibug68");
    }

    /** The schema with exactly this many points, or {@code null}. */
    public static PointSchema bySize(int points) {
        for (PointSchema s : all()) {
            if (s.size == points) {
                return s;
            }
        }
        return null;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** Semantic groups in drawing order; together they cover every point exactly once. */
    public List<PointGroup> groups() {
        return groups;
    }

    /** The group that contains point {@code index}. */
    public PointGroup groupOf(int index) {
        for (PointGroup g : groups) {
            for (int i : g.indices()) {
                if (i == index) {
                    return g;
                }
            }
        }
        throw new IndexOutOfBoundsException("point " + index + " is not in " + id);
    }

    /** A readable name for point {@code index}, e.g. {@code "left eye 3"}. */
    public String pointName(int index) {
        return names[index];
    }

    /** Every line segment to draw, as index pairs. */
    public List<int[]> edges() {
        List<int[]> edges = new ArrayList<>();
        for (PointGroup g : groups) {
            edges.addAll(g.edges());
        }
        return edges;
    }

    /**
     * The horizontal-flip permutation: after mirroring x, new point {@code i} is old point
     * {@code flip[i]} (the convention of PFPLD's Mirror98.txt).
     */
    public int[] flipPermutation() {
        return flip.clone();
    }

    /** The image-left eye (the subject's right eye). */
    public EyeContour leftEye() {
        return leftEye;
    }

    /** The image-right eye (the subject's left eye). */
    public EyeContour rightEye() {
        return rightEye;
    }

    /** The outer corners {left eye outer, right eye outer}: the inter-ocular pair for NME. */
    public int[] outerEyeCorners() {
        return new int[] {leftEye.point(0), rightEye.farCorner()};
    }

    /** Pupil indices {left, right}, or {@code null} when the schema has no pupil points. */
    public int[] pupils() {
        return pupils == null ? null : pupils.clone();
    }

    @Override
    public String toString() {
        return id;
    }

    private void checkFlip() {
        if (flip.length != size) {
            throw new IllegalStateException(id + ": flip has " + flip.length + " entries");
        }
        boolean[] seen = new boolean[size];
        for (int i = 0; i < size; i++) {
            if (seen[flip[i]] || flip[flip[i]] != i) {
                throw new IllegalStateException(id + ": flip is not an involutive permutation at " + i);
            }
            seen[flip[i]] = true;
        }
    }

    private static String[] nameEveryPoint(int size, List<PointGroup> groups) {
        String[] names = new String[size];
        for (PointGroup g : groups) {
            int[] idx = g.indices();
            for (int k = 0; k < idx.length; k++) {
                if (names[idx[k]] != null) {
                    throw new IllegalStateException("point " + idx[k] + " is in two groups");
                }
                names[idx[k]] = idx.length == 1 ? g.name() : g.name() + " " + k;
            }
        }
        int missing = Arrays.asList(names).indexOf(null);
        if (missing >= 0) {
            throw new IllegalStateException("point " + missing + " is in no group");
        }
        return names;
    }
}
