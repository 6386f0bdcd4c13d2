package org.landmarkstudio.app.gui.mapping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;

/**
 * Which points of the 68-, 98- and 106-point schemas correspond, as the mapping view shows them:
 * the partners of a point, how well its neighbouring panels cover it, the lines between adjacent
 * panels, and PFPLD's 43-point wing-loss subset. Plain logic over {@link SchemaMapping}, kept apart
 * from the drawing so it can be read and tested on its own.
 */
final class SchemaCorrespondence {

    /** The panels left to right: each is mapped to its neighbours through the 98-point schema. */
    static final List<PointSchema> ORDER = List.of(PointSchema.IBUG_68, PointSchema.WFLW_98, PointSchema.LAPA_106);

    private static final BitSet SUPERVISED_98 = SchemaMapping.pfpldSupervised68();

    private SchemaCorrespondence() {
    }

    /** Every point that corresponds to {@code point}, in the other two schemas. */
    static List<SchemaPoint> partnersOf(SchemaPoint point) {
        List<SchemaPoint> out = new ArrayList<>();
        for (PointSchema other : ORDER) {
            if (other == point.schema()) {
                continue;
            }
            SchemaMapping m = SchemaMapping.between(point.schema(), other);
            for (int t = 0; t < other.size(); t++) {
                if (m.sourceOf(t) == point.index()) {
                    out.add(new SchemaPoint(other, t));
                }
            }
        }
        return out;
    }

    /** {@code p} and every point that corresponds to it. */
    static Set<SchemaPoint> withPartners(SchemaPoint p) {
        Set<SchemaPoint> set = new HashSet<>(partnersOf(p));
        set.add(p);
        return set;
    }

    /** Whether point {@code i} of {@code schema} is one of PFPLD's 43 wing-loss points. */
    static boolean isSupervised(PointSchema schema, int i) {
        if (schema == PointSchema.WFLW_98) {
            return SUPERVISED_98.get(i);
        }
        if (schema == PointSchema.IBUG_68) {
            int slot = SchemaMapping.IBUG68_TO_WFLW98.targetOf(i);
            return slot >= 0 && SUPERVISED_98.get(slot);
        }
        return false;
    }

    /** How many of the adjacent panels hold a partner of point {@code i} of {@code schema}. */
    static Coverage partnerCoverage(PointSchema schema, int i) {
        int k = ORDER.indexOf(schema);
        int neighbours = 0;
        int found = 0;
        for (int n : new int[] {k - 1, k + 1}) {
            if (n < 0 || n >= ORDER.size()) {
                continue;
            }
            neighbours++;
            SchemaMapping m = SchemaMapping.between(ORDER.get(n), schema);
            if (m.sourceOf(i) >= 0) {
                found++;
            }
        }
        return found == 0 ? Coverage.NONE : found == neighbours ? Coverage.ALL : Coverage.SOME;
    }

    /** Every correspondence between adjacent panels, by the mappings towards the middle panel. */
    static List<Link> links() {
        List<Link> out = new ArrayList<>();
        addLinks(out, SchemaMapping.IBUG68_TO_WFLW98);
        addLinks(out, SchemaMapping.WFLW98_TO_LAPA106);
        return out;
    }

    private static void addLinks(List<Link> out, SchemaMapping m) {
        for (int t = 0; t < m.target().size(); t++) {
            if (m.sourceOf(t) >= 0) {
                out.add(new Link(new SchemaPoint(m.source(), m.sourceOf(t)), new SchemaPoint(m.target(), t)));
            }
        }
    }

    /** How well a point is mapped into the panels next to it. */
    enum Coverage {
        ALL, SOME, NONE
    }

    /** A correspondence line between two adjacent panels. */
    record Link(SchemaPoint a, SchemaPoint b) {
    }
}
