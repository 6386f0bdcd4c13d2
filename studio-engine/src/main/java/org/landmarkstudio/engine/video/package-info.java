/**
 * Frames from video files and webcams as {@link org.landmarkstudio.core.crop.BgrImage}s, decoded by
 * FFmpeg through JavaCV, and the face tracker that follows faces from frame to frame so that the
 * detector does not have to run on every frame.
 */
package org.landmarkstudio.engine.video;
