/**
 * Datasets and their on-disk formats.
 *
 * <p>A {@link org.landmarkstudio.core.dataset.DatasetFormat} reads and writes one published
 * format losslessly; {@link org.landmarkstudio.core.format.DatasetFormats} lists them and
 * sniffs which one a path holds. Reading never stops at bad input: each bad line, variable or
 * file becomes a {@link org.landmarkstudio.core.dataset.Problem} and the good samples still
 * load, unless the caller asks for strict reading.
 */
package org.landmarkstudio.core.dataset;
