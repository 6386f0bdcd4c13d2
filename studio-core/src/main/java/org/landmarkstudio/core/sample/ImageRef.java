package org.landmarkstudio.core.sample;

import java.nio.file.Path;

/**
 * A sample's image: the path exactly as the annotation file writes it, and where it resolves
 * on this machine.
 *
 * @param written  the path text from the file, kept verbatim for lossless writing
 * @param resolved the file on disk it resolves to (may not exist)
 */
public record ImageRef(String written, Path resolved) {
}
