/**
 * Face crops: the one implementation of every crop policy the studio uses, and the image
 * resampling underneath them, written to reproduce OpenCV so that crops made here equal the
 * crops the PFPLD scripts made with {@code cv2}.
 *
 * <p>The resampling classes work on {@link org.landmarkstudio.core.crop.BgrImage}, an immutable
 * 8-bit, 3-channel image in OpenCV's B, G, R byte order:
 * {@link org.landmarkstudio.core.crop.BilinearResize} ({@code cv2.resize}, {@code INTER_LINEAR}),
 * {@link org.landmarkstudio.core.crop.CropWindow} (slicing plus {@code copyMakeBorder} with
 * constant 0) and {@link org.landmarkstudio.core.crop.AffineWarp} ({@code cv2.warpAffine},
 * {@code INTER_LINEAR}, constant 0 border). They repeat OpenCV's fixed-point arithmetic for
 * 8-bit images, so their output is byte-identical to OpenCV 4.6, not merely close.
 *
 * <p>The policies each say where the crop window sits and how landmarks move into it:
 * <ul>
 *   <li>{@link org.landmarkstudio.core.crop.SetPreparationCrop}: WFLW and LaPa rows, PFPLD's
 *       {@code SetPreparation.py} square box;</li>
 *   <li>{@link org.landmarkstudio.core.crop.SetPreparationAugmentation}: that script's training
 *       augmentation (rotation, jittered centre, random side, mirror);</li>
 *   <li>{@link org.landmarkstudio.core.crop.LooseCrop}: 300W-LP and AFLW2000 rows, the
 *       non-square, randomly expanded box of {@code create_300W_LP.py};</li>
 *   <li>{@link org.landmarkstudio.core.crop.InferenceCrop}: the demos' crop from a detector box,
 *       in a faithful (bug-compatible) and a corrected mode.</li>
 * </ul>
 * Each produces a {@link org.landmarkstudio.core.crop.FaceCrop}: the crop image and the
 * landmarks in <em>crop-normalized</em> coordinates, where (0, 0) is the crop's top-left corner
 * and (1, 1) its bottom-right (multiply by the crop size, 112, for crop pixels), as PFPLD's
 * {@code list.txt} stores them. A {@link org.landmarkstudio.core.crop.CropFrame} maps such
 * coordinates back to image pixels.
 *
 * <p>Randomness comes from a {@link java.util.Random} the caller seeds, so a crop is
 * reproducible; the draws follow the scripts' ranges but not numpy's random stream.
 */
package org.landmarkstudio.core.crop;
