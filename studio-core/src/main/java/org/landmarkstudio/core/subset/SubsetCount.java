package org.landmarkstudio.core.subset;

/**
 * How many samples of a list fall in one subset, for the studio's left pane and
 * {@code ./studio data subsets}.
 *
 * @param name        the subset's name
 * @param description the subset's description
 * @param count       how many samples it contains
 */
public record SubsetCount(String name, String description, int count) {
}
