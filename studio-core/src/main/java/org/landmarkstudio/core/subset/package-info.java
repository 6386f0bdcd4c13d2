/**
 * Named subsets of samples and the query language that combines them.
 *
 * <p>The studio's left pane, {@code ./studio data subsets} and the evaluator's per-subset rows
 * all use the same {@link org.landmarkstudio.core.subset.Subset} definitions from
 * {@link org.landmarkstudio.core.subset.SubsetCatalog}, so "closed-eye" selects the same faces
 * everywhere. {@link org.landmarkstudio.core.subset.SubsetQuery} lets a user combine them with
 * {@code & | !} (or {@code and or not}), parentheses and comparisons on pose angles and eye
 * aspect ratios.
 */
package org.landmarkstudio.core.subset;
