package org.landmarkstudio.sampledata.render;

import java.util.random.RandomGenerator;
import org.landmarkstudio.sampledata.face.Point3;

/**
 * The light on the face and the camera's exposure; an extreme one is WFLW's illumination
 * attribute.
 *
 * @param direction unit vector towards the light in the camera frame (x right, y up, z to camera)
 * @param ambient   share of light that reaches every surface, 0..1
 * @param exposure  how the camera exposed the picture
 * @param gain      brightness factor the exposure applies (1 = as rendered)
 */
public record Lighting(Point3 direction, double ambient, Exposure exposure, double gain) {

    /** The camera's exposure. */
    public enum Exposure {
        /** A normal picture. */
        NORMAL,
        /** Washed out: highlights clip to white. */
        OVER,
        /** Dark and noisy. */
        UNDER,
        /** One hard side light, the other half of the face in deep shadow. */
        HARSH
    }

    /** Soft light from the upper front. */
    public static final Lighting SOFT =
            new Lighting(new Point3(-0.3, 0.45, 0.84).normalized(), 0.5, Exposure.NORMAL, 1);

    /** A random light; {@code extreme} makes it over-, under-exposed or harsh. */
    public static Lighting random(RandomGenerator r, boolean extreme) {
        if (!extreme) {
            return new Lighting(direction(r, 55, 5, 50), r.nextDouble(0.4, 0.56), Exposure.NORMAL, 1);
        }
        return switch (r.nextInt(3)) {
            case 0 -> new Lighting(direction(r, 45, 10, 45), r.nextDouble(0.45, 0.6), Exposure.OVER,
                    r.nextDouble(1.75, 2.3));
            case 1 -> new Lighting(direction(r, 55, 5, 45), r.nextDouble(0.35, 0.5), Exposure.UNDER,
                    r.nextDouble(0.22, 0.36));
            default -> {
                double side = r.nextBoolean() ? 1 : -1;
                Point3 d = direction(r, 0, 0, 25);
                double az = Math.toRadians(side * r.nextDouble(62, 86));
                yield new Lighting(new Point3(Math.sin(az) * 0.95, d.y(), Math.cos(az) * 0.95).normalized(),
                        r.nextDouble(0.04, 0.12), Exposure.HARSH, r.nextDouble(1.0, 1.2));
            }
        };
    }

    /** WFLW's "extreme illumination" attribute. */
    public boolean isExtreme() {
        return exposure != Exposure.NORMAL;
    }

    /** The brightness of a surface with camera-frame unit normal {@code n}, about 0..1.2. */
    double shade(Point3 n) {
        double wrap = exposure == Exposure.HARSH ? 0.05 : 0.35;
        double diffuse = Math.max(0, (n.dot(direction) + wrap) / (1 + wrap));
        return ambient + (1.05 - ambient) * diffuse;
    }

    private static Point3 direction(RandomGenerator r, double maxAzimuth, double minElevation, double maxElevation) {
        double az = Math.toRadians(r.nextDouble(-maxAzimuth, maxAzimuth + 1e-9));
        double el = Math.toRadians(r.nextDouble(minElevation, maxElevation + 1e-9));
        return new Point3(Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el));
    }
}
