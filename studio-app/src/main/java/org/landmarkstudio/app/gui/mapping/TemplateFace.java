package org.landmarkstudio.app.gui.mapping;

import java.util.Map;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.core.schema.SchemaMapping;
import org.landmarkstudio.sampledata.face.Expression;
import org.landmarkstudio.sampledata.face.EyeOpenness;
import org.landmarkstudio.sampledata.face.FaceShape;
import org.landmarkstudio.sampledata.face.Gaze;
import org.landmarkstudio.sampledata.face.HeadRotation;
import org.landmarkstudio.sampledata.face.IdentityParameters;
import org.landmarkstudio.sampledata.face.Point3;
import org.landmarkstudio.sampledata.face.Projection;

/**
 * The mean face on which the mapping view draws each schema when no sample is shown: the
 * synthetic generator's average identity, neutral expression, eyes open and looking ahead,
 * seen from the front.
 *
 * <p>The generator's face is built in LaPa's 106 points, and every WFLW point has a LaPa
 * source, so the 98 and 68-point layouts are the same face carried through the mappings; the
 * three panels then show one face, and corresponding points sit at the same place.
 */
final class TemplateFace {

    /** Pivot and aim of the generator's camera: the same framing as its frontal faces. */
    private static final Point3 PIVOT = new Point3(0, -12, -35);
    private static final Point3 TARGET = new Point3(0, -20, 60);
    private static final double CAMERA_DISTANCE = 1800;

    private static final Map<PointSchema, Landmarks> FACES = build();

    private TemplateFace() {
    }

    /** The template face in {@code schema}, every point labelled, in millimetre-like units. */
    static Landmarks in(PointSchema schema) {
        return FACES.get(schema);
    }

    private static Map<PointSchema, Landmarks> build() {
        FaceShape shape = new FaceShape(IdentityParameters.AVERAGE, Expression.NEUTRAL, new EyeOpenness(0.85, 0.85),
                Gaze.AHEAD);
        Projection camera = Projection.aimedAt(HeadRotation.of(0, 0, 0), PIVOT, TARGET, CAMERA_DISTANCE, 1, 0, 0);
        Landmarks lapa = Landmarks.of(PointSchema.LAPA_106, shape.landmarks(camera));
        Landmarks wflw = SchemaMapping.LAPA106_TO_WFLW98.apply(lapa);
        Landmarks ibug = SchemaMapping.WFLW98_TO_IBUG68.apply(wflw);
        return Map.of(PointSchema.LAPA_106, lapa, PointSchema.WFLW_98, wflw, PointSchema.IBUG_68, ibug);
    }
}
