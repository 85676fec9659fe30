package dev.handbook.model;

/**
 * What makes a page a part: phases grouped under a heading, a folder {@code phases/NN-slug/} whose
 * {@code index.md} is the part's page (its title, description and introduction).
 *
 * @param folder the part's folder relative to content/, e.g. "phases/01-basics"
 */
public record PartInfo(int number, String folder) {}
