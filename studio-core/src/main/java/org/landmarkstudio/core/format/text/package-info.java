/**
 * Plain-text annotation files with one sample a line, shared by the line-based dataset codecs
 * (WFLW lists, PFPLD lists).
 *
 * <p>{@link org.landmarkstudio.core.format.text.TextLineFile} keeps each line's exact text and
 * 1-based number, so a codec can record the line in the sample's provenance and
 * {@link org.landmarkstudio.core.format.text.LinePerSampleFile} can write an unchanged sample
 * back byte for byte. {@link org.landmarkstudio.core.format.text.LineTokens} splits a line on
 * whitespace as Python's {@code str.split()} does (the published datasets are read by Python
 * scripts) and turns tokens into numbers, or says by 0-based token index why a token is not the
 * number the layout expects. Bad lines become problems at file and line and are skipped; the
 * good ones still load.
 */
package org.landmarkstudio.core.format.text;
