package org.landmarkstudio.core.format.text;

import org.landmarkstudio.core.sample.FaceSample;

/** Turns one non-blank line of a line-per-sample file into a sample. */
@FunctionalInterface
public interface LineSampleParser {

    /**
     * @param line   the line, for the sample's provenance
     * @param tokens its tokens (at least one)
     * @throws MalformedLineException when the line does not fit the format; the line is skipped
     */
    FaceSample parse(TextLine line, LineTokens tokens) throws MalformedLineException;
}
