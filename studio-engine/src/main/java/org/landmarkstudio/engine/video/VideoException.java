package org.landmarkstudio.engine.video;

import java.io.IOException;

/**
 * A video file or camera that cannot be opened or decoded; the message names the file or device,
 * because the FFmpeg errors underneath (e.g. {@code avformat_open_input() error -1094995529})
 * mean nothing to a user.
 */
public final class VideoException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, with FFmpeg's own error as the cause. */
    public VideoException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure described by {@code message}. */
    public VideoException(String message) {
        super(message);
    }
}
