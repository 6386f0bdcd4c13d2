package org.landmarkstudio.core.format.text;

import java.io.IOException;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.sample.FaceSample;

/** Turns one sample into the text of its line (without the line end). */
@FunctionalInterface
public interface LineSampleFormatter {

    /**
     * @param sample     the sample; its image path is known to be one token
     * @param lineNumber the 1-based line it will be written at, for problems
     * @param sources    the lines the dataset's samples were read from
     * @throws DatasetException when the format cannot hold the sample
     */
    String format(FaceSample sample, int lineNumber, SourceLines sources) throws IOException;
}
