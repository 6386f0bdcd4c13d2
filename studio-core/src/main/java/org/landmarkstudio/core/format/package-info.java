/**
 * The on-disk dataset formats: one subpackage per format ({@code wflw}, {@code pfpld},
 * {@code lapa}, {@code mat}, {@code coco}), and {@link org.landmarkstudio.core.format.DatasetFormats},
 * the registry that lists them and sniffs which one a path holds.
 */
package org.landmarkstudio.core.format;
