package org.landmarkstudio.engine.video;

/**
 * When {@link FaceTracker} trusts a face it follows and when it asks the detector again.
 *
 * <p>A followed face is <b>lost</b> when the landmarks predicted on the new frame
 * <ul>
 *   <li>have a bounding box narrower or lower than {@code minFaceSize} pixels (they collapsed),</li>
 *   <li>have their centre outside the frame (the face left it), or</li>
 *   <li>span more than {@code maxScaleChange} times, or less than its inverse, the previous
 *       frame's extent (no face grows or shrinks that fast between two frames; the crop has
 *       slipped off the face);</li>
 * </ul>
 * and every followed face is lost when the frame differs from the previous one by more than
 * {@code sceneCut} ({@link SceneThumbnail#difference}, a cut to another shot). A loss makes the
 * tracker run the detector on that same frame. The detector also runs every
 * {@code redetectEvery} frames to pick up faces that entered the picture; a face it finds whose
 * box overlaps a followed face by at least {@code matchIou} (IoU with the landmarks' bounds)
 * confirms that face, any other starts a new one. A confirmed face whose overlap with its
 * detection is below {@code reseedIou} has drifted (the landmarks slowly walked off the face): it
 * is cropped afresh from the detector's box, keeping its number. A followed face that {@code maxUnconfirmed}
 * periodic detections in a row did not confirm is dropped: that is how a face that left through a
 * scene cut, where the landmark model still draws a plausible face on whatever it is shown, stops
 * being followed. The detector runs on every frame while nothing is followed.
 *
 * @param redetectEvery  frames between periodic detections (1 = detect on every frame)
 * @param maxScaleChange largest factor by which a face's landmark extent may change per frame (> 1)
 * @param minFaceSize    smallest landmark extent, in pixels, that still counts as a face
 * @param matchIou       overlap from which a detection is the same face as a followed one
 * @param reseedIou      overlap below which a confirmed face is cropped again from its detection
 * @param maxUnconfirmed periodic detections in a row that may miss a followed face before it is dropped
 * @param sceneCut       thumbnail difference (0 to 255) above which all followed faces are lost
 */
public record TrackingPolicy(int redetectEvery, double maxScaleChange, double minFaceSize, double matchIou,
                             double reseedIou, int maxUnconfirmed, double sceneCut) {

    /**
     * Re-detect every 5 frames, a factor 1.5 per frame, 20 pixels, match at IoU 0.3, re-crop
     * below IoU 0.5, drop after 1 unconfirmed detection, scene cut above 20. The IoU values
     * account for a Haar box being larger than the landmarks' bounds: for a well-followed face
     * they overlap by 0.5 to 0.7 on the real clip; 20 lies between that clip's ordinary frame
     * changes (at most 12) and its cuts (25.5 and more).
     */
    public static final TrackingPolicy DEFAULT = new TrackingPolicy(5, 1.5, 20, 0.3, 0.5, 1, 20);

    /** Checks the ranges. */
    public TrackingPolicy {
        if (redetectEvery < 1) {
            throw new IllegalArgumentException("redetectEvery must be >= 1, got " + redetectEvery);
        }
        if (!(maxScaleChange > 1)) {
            throw new IllegalArgumentException("maxScaleChange must be above 1, got " + maxScaleChange);
        }
        if (!(minFaceSize >= 1)) {
            throw new IllegalArgumentException("minFaceSize must be >= 1 pixel, got " + minFaceSize);
        }
        if (!(matchIou > 0 && matchIou <= 1 && reseedIou >= 0 && reseedIou <= 1)) {
            throw new IllegalArgumentException("matchIou must be in (0, 1] and reseedIou in [0, 1], got "
                    + matchIou + " and " + reseedIou);
        }
        if (!(sceneCut > 0)) {
            throw new IllegalArgumentException("sceneCut must be above 0, got " + sceneCut);
        }
        if (maxUnconfirmed < 0) {
            throw new IllegalArgumentException("maxUnconfirmed must be >= 0, got " + maxUnconfirmed);
        }
    }
}
