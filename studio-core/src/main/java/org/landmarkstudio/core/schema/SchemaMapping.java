package org.landmarkstudio.core.schema;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.landmarkstudio.core.sample.Landmarks;

/**
 * A point-by-point correspondence from one schema to another.
 *
 * <p>Each target point either copies one source point or has no source and becomes
 * unlabelled. The known mappings are PFPLD's: iBUG-68 to WFLW-98 ({@code pts_68_index_table}),
 * LaPa-106 to WFLW-98 ({@code view_lapa.py}), and their inverses where defined.
 */
public final class SchemaMapping {

    /** 300W-LP / AFLW2000 68 points into WFLW's 98 slots; 30 slots stay unlabelled. */
    public static final SchemaMapping IBUG68_TO_WFLW98 =
            fromTargets(PointSchema.IBUG_68, PointSchema.WFLW_98, IbugWflwTable.IBUG_TO_WFLW);
    /** WFLW 98 to LaPa 106: the 8 LaPa-only points stay unlabelled. */
    public static final SchemaMapping WFLW98_TO_LAPA106 =
            fromTargets(PointSchema.WFLW_98, PointSchema.LAPA_106, LapaWflwTable.WFLW_TO_LAPA);
    /** LaPa 106 to WFLW 98: every WFLW point has a LaPa source; 8 LaPa points are dropped. */
    public static final SchemaMapping LAPA106_TO_WFLW98 = inverseOf(WFLW98_TO_LAPA106);
    /** WFLW 98 to iBUG 68: every 68 point has a WFLW source. */
    public static final SchemaMapping WFLW98_TO_IBUG68 = inverseOf(IBUG68_TO_WFLW98);

    private final PointSchema source;
    private final PointSchema target;
    private final int[] sourceOf;

    private SchemaMapping(PointSchema source, PointSchema target, int[] sourceOf) {
        if (sourceOf.length != target.size()) {
            throw new IllegalArgumentException("mapping needs one entry per target point");
        }
        this.source = source;
        this.target = target;
        this.sourceOf = sourceOf.clone();
    }

    /** All the mappings the studio knows. */
    public static List<SchemaMapping> all() {
        return List.of(IBUG68_TO_WFLW98, LAPA106_TO_WFLW98, WFLW98_TO_IBUG68, WFLW98_TO_LAPA106);
    }

    /**
     * The mapping from {@code from} to {@code to}; the identity when they are equal.
     *
     * @throws IllegalArgumentException when no mapping is defined (e.g. 68 to 106 directly)
     */
    public static SchemaMapping between(PointSchema from, PointSchema to) {
        if (from == to) {
            int[] identity = new int[from.size()];
            Arrays.setAll(identity, i -> i);
            return new SchemaMapping(from, to, identity);
        }
        for (SchemaMapping m : all()) {
            if (m.source == from && m.target == to) {
                return m;
            }
        }
        if (from != PointSchema.WFLW_98 && to != PointSchema.WFLW_98) {
            return between(from, PointSchema.WFLW_98).then(between(PointSchema.WFLW_98, to));
        }
        throw new IllegalArgumentException("no mapping from " + from.id() + " to " + to.id());
    }

    /**
     * The WFLW slots PFPLD's wing loss supervises on 300W-LP rows (43 points: brows, nose, the
     * four eye corners and the lips). The jaw and eyelids of 68-point data are not trained.
     */
    public static BitSet pfpldSupervised68() {
        BitSet mask = new BitSet(98);
        for (int i : IbugWflwTable.PFPLD_SUPERVISED_68) {
            mask.set(i);
        }
        return mask;
    }

    public PointSchema source() {
        return source;
    }

    public PointSchema target() {
        return target;
    }

    /** The source index of target point {@code t}, or -1 when it has none. */
    public int sourceOf(int t) {
        return sourceOf[t];
    }

    /** The target index that copies source point {@code s}, or -1 when it is dropped. */
    public int targetOf(int s) {
        for (int t = 0; t < sourceOf.length; t++) {
            if (sourceOf[t] == s) {
                return t;
            }
        }
        return -1;
    }

    /** Target points that have a source. */
    public BitSet carried() {
        BitSet mask = new BitSet(target.size());
        for (int t = 0; t < sourceOf.length; t++) {
            if (sourceOf[t] >= 0) {
                mask.set(t);
            }
        }
        return mask;
    }

    /** Source points that no target point copies. */
    public BitSet dropped() {
        BitSet mask = new BitSet(source.size());
        mask.set(0, source.size());
        for (int s : sourceOf) {
            if (s >= 0) {
                mask.clear(s);
            }
        }
        return mask;
    }

    /** Carries landmarks across; unmapped or unlabelled sources give unlabelled targets. */
    public Landmarks apply(Landmarks in) {
        if (in.schema() != source) {
            throw new IllegalArgumentException("mapping from " + source.id() + " applied to " + in.schema().id());
        }
        double[] xy = new double[2 * target.size()];
        BitSet labelled = new BitSet(target.size());
        for (int t = 0; t < sourceOf.length; t++) {
            int s = sourceOf[t];
            if (s >= 0 && in.isLabelled(s)) {
                xy[2 * t] = in.x(s);
                xy[2 * t + 1] = in.y(s);
                labelled.set(t);
            }
        }
        return Landmarks.of(target, xy, labelled);
    }

    /** This mapping followed by {@code next}. */
    public SchemaMapping then(SchemaMapping next) {
        if (next.source != target) {
            throw new IllegalArgumentException("cannot chain " + this + " with " + next);
        }
        int[] composed = new int[next.target.size()];
        for (int t = 0; t < composed.length; t++) {
            int mid = next.sourceOf[t];
            composed[t] = mid < 0 ? -1 : sourceOf[mid];
        }
        return new SchemaMapping(source, next.target, composed);
    }

    @Override
    public String toString() {
        return source.id() + "->" + target.id();
    }

    private static SchemaMapping fromTargets(PointSchema from, PointSchema to, int[] targetOfSource) {
        int[] sourceOf = new int[to.size()];
        Arrays.fill(sourceOf, -1);
        for (int s = 0; s < targetOfSource.length; s++) {
            sourceOf[targetOfSource[s]] = s;
        }
        return new SchemaMapping(from, to, sourceOf);
    }

    private static SchemaMapping inverseOf(SchemaMapping m) {
        int[] sourceOf = new int[m.source.size()];
        Arrays.fill(sourceOf, -1);
        for (int t = 0; t < m.sourceOf.length; t++) {
            if (m.sourceOf[t] >= 0) {
                sourceOf[m.sourceOf[t]] = t;
            }
        }
        return new SchemaMapping(m.target, m.source, sourceOf);
    }
}
