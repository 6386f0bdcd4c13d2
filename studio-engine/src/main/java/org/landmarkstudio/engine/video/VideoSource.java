package org.landmarkstudio.engine.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.landmarkstudio.core.crop.BgrImage;

/**
 * A stream of frames from a video file or a webcam, decoded by FFmpeg (JavaCV's
 * {@link FFmpegFrameGrabber}) straight into BGR bytes, so video goes through the same
 * {@link BgrImage} path as photos.
 *
 * <p>What {@link #open} accepts: {@code webcam:N} or {@code /dev/videoN} (a Video4Linux2 camera,
 * read through FFmpeg's {@code video4linux2} input), anything else is a file path. Every failure
 * is a {@link VideoException} naming the file or device: a missing camera, a file FFmpeg cannot
 * open, a stream that breaks while decoding, a file without a single video frame.
 *
 * <p>Not thread-safe; one consumer reads the frames in order.
 */
public final class VideoSource implements AutoCloseable {

    private static final Pattern WEBCAM = Pattern.compile("webcam:(\\d+)");
    private static final Pattern DEVICE = Pattern.compile("/dev/video\\d+");
    private static final Pattern VIDEO_FILE = Pattern.compile(".*\\.(mp4|avi|mov|mkv|webm)");

    static {
        // FFmpeg's info-level chatter would fill the terminal of every CLI run; errors still show.
        av_log_set_level(AV_LOG_ERROR);
    }

    private final String name;
    private final FFmpegFrameGrabber grabber;
    private int delivered;

    private VideoSource(String name, FFmpegFrameGrabber grabber) {
        this.name = name;
        this.grabber = grabber;
    }

    /**
     * Whether {@code input} names a video rather than a photo: {@code webcam:N}, a
     * {@code /dev/videoN} device, or a file ending in mp4, avi, mov, mkv or webm.
     */
    public static boolean isVideo(String input) {
        return WEBCAM.matcher(input).matches() || DEVICE.matcher(input).matches()
                || VIDEO_FILE.matcher(input.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * Opens a video file or a camera (see the class comment for the accepted names).
     *
     * @throws VideoException naming the file or device when it cannot be opened
     */
    public static VideoSource open(String input) throws VideoException {
        Matcher webcam = WEBCAM.matcher(input);
        if (webcam.matches() || DEVICE.matcher(input).matches()) {
            String device = webcam.matches() ? "/dev/video" + webcam.group(1) : input;
            String label = webcam.matches() ? input + " (" + device + ")" : device;
            if (!Files.exists(Path.of(device))) {
                throw new VideoException("no camera at " + label + ": the device does not exist");
            }
            FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(device);
            grabber.setFormat("video4linux2");
            return start(label, grabber, "cannot open the camera " + label);
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new VideoException(input + ": no such video file");
        }
        return start(input, new FFmpegFrameGrabber(file.toFile()), input + ": not a video FFmpeg can open");
    }

    private static VideoSource start(String name, FFmpegFrameGrabber grabber, String failure) throws VideoException {
        grabber.setPixelFormat(AV_PIX_FMT_BGR24);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            release(grabber);
            throw new VideoException(failure + " (" + e.getMessage() + ")", e);
        }
        return new VideoSource(name, grabber);
    }

    /** The file or device this reads, as given to {@link #open} (webcams with their device). */
    public String name() {
        return name;
    }

    /** The stream's nominal frame rate, or 0 when the container does not say. */
    public double frameRate() {
        return grabber.getVideoFrameRate();
    }

    /** The container's frame count (an estimate for some formats), 0 for a camera. */
    public int lengthInFrames() {
        return Math.max(0, grabber.getLengthInFrames());
    }

    /**
     * The next frame, or empty at the end of the stream.
     *
     * @throws VideoException naming the source when decoding fails, or when the stream ends
     *                        before its first video frame
     */
    public Optional<VideoFrame> next() throws VideoException {
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (FrameGrabber.Exception e) {
            throw new VideoException(name + ": decoding failed after " + delivered + " frames ("
                    + e.getMessage() + ")", e);
        }
        if (frame == null || frame.image == null) {
            if (delivered == 0) {
                throw new VideoException(name + ": no video frame could be decoded");
            }
            return Optional.empty();
        }
        return Optional.of(new VideoFrame(delivered++, frame.timestamp, toImage(frame)));
    }

    /** Copies a BGR24 frame row by row (FFmpeg may pad rows beyond width x 3 bytes). */
    private BgrImage toImage(Frame frame) throws VideoException {
        if (frame.imageChannels != 3 || frame.imageDepth != Frame.DEPTH_UBYTE) {
            throw new VideoException(name + ": expected 8-bit BGR frames from FFmpeg, got "
                    + frame.imageChannels + " channels of depth " + frame.imageDepth);
        }
        int width = frame.imageWidth;
        int height = frame.imageHeight;
        int row = width * 3;
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        byte[] bgr = new byte[row * height];
        for (int y = 0; y < height; y++) {
            pixels.get(y * frame.imageStride, bgr, y * row, row);
        }
        return BgrImage.fromBgr(width, height, bgr);
    }

    @Override
    public void close() throws VideoException {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw new VideoException(name + ": could not be closed (" + e.getMessage() + ")", e);
        }
    }

    private static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception ignored) {
            // the start failure is the error worth reporting
        }
    }
}
