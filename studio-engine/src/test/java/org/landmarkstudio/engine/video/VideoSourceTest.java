package org.landmarkstudio.engine.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landmarkstudio.core.crop.BgrImage;
import org.landmarkstudio.core.testing.Fixtures;

/**
 * Decoding the real clip, and the failures a user meets: no camera, a broken file.
 *
 * <p>Reference numbers from Debian's {@code python3-opencv} 4.6.0 (FFmpeg backend) on the same
 * file: {@code cap = cv2.VideoCapture(clip)}, {@code cap.read()} until it fails gives 275 frames of
 * shape (360, 640, 3), {@code CAP_PROP_FPS} 29.97; frame 100's per-channel means (B, G, R)
 * {@code f.reshape(-1, 3).mean(0)} = 21.405, 26.386, 37.607.
 *
 * <p>Frame times, from the file's boxes read with a small Python parser: the video track's
 * {@code stts} is 275 samples of 400 ticks at timescale 11988, and its edit list starts with an
 * empty edit of 852 ms, so frame 100 is presented at 852 ms + 100 x 400 / 11988 s = 4188.67 ms
 * (cv2's {@code CAP_PROP_POS_MSEC} ignores the empty edit and says 3336.67).
 */
class VideoSourceTest {

    private static final Path CLIP = Fixtures.real("face_recognition/short_hamilton_clip.mp4");

    @Test
    void decodesEveryFrameOfTheRealClipAsOpenCvDoes() throws IOException {
        try (VideoSource video = VideoSource.open(CLIP.toString())) {
            assertEquals(29.97, video.frameRate(), 0.01);
            int count = 0;
            Optional<VideoFrame> frame;
            while ((frame = video.next()).isPresent()) {
                VideoFrame f = frame.get();
                assertEquals(count, f.index());
                assertEquals(640, f.image().width());
                assertEquals(360, f.image().height());
                if (count == 100) {
                    assertEquals(4_188_670, f.timestampMicros(), 1000);
                    double[] means = channelMeans(f.image());
                    // FFmpeg versions and YUV->BGR rounding differ between the two builds; measured gap < 0.3.
                    assertEquals(21.405, means[0], 0.5);
                    assertEquals(26.386, means[1], 0.5);
                    assertEquals(37.607, means[2], 0.5);
                }
                count++;
            }
            assertEquals(275, count);
            assertFalse(video.next().isPresent(), "the end stays the end");
        }
    }

    private static double[] channelMeans(BgrImage image) {
        byte[] bgr = image.toBgrBytes();
        double[] sum = new double[3];
        for (int i = 0; i < bgr.length; i++) {
            sum[i % 3] += bgr[i] & 0xFF;
        }
        return Arrays.stream(sum).map(s -> s / (bgr.length / 3.0)).toArray();
    }

    @Test
    void recognisesVideoNames() {
        assertTrue(VideoSource.isVideo("webcam:0"));
        assertTrue(VideoSource.isVideo("/dev/video2"));
        assertTrue(VideoSource.isVideo("clips/Talk.MKV"));
        assertFalse(VideoSource.isVideo("obama.jpg"));
        assertFalse(VideoSource.isVideo("webcam:"));
    }

    @Test
    void aMissingCameraIsNamed() {
        VideoException e = assertThrows(VideoException.class, () -> VideoSource.open("webcam:57"));
        assertTrue(e.getMessage().contains("webcam:57") && e.getMessage().contains("/dev/video57"), e.getMessage());
    }

    @Test
    void aTruncatedOrMissingFileIsNamed(@TempDir Path dir) throws IOException {
        // The clip keeps its index (moov box) at the end, so its first half cannot be opened at all.
        byte[] clip = Files.readAllBytes(CLIP);
        Path truncated = dir.resolve("half.mp4");
        Files.write(truncated, Arrays.copyOf(clip, clip.length / 2));
        VideoException cut = assertThrows(VideoException.class, () -> VideoSource.open(truncated.toString()));
        assertTrue(cut.getMessage().contains("half.mp4"), cut.getMessage());

        Path text = dir.resolve("notes.mp4");
        Files.writeString(text, "not a video at all");
        VideoException notVideo = assertThrows(VideoException.class, () -> VideoSource.open(text.toString()));
        assertTrue(notVideo.getMessage().contains("notes.mp4"), notVideo.getMessage());

        VideoException missing = assertThrows(VideoException.class,
                () -> VideoSource.open(dir.resolve("absent.mp4").toString()));
        assertTrue(missing.getMessage().contains("absent.mp4"), missing.getMessage());
    }
}
