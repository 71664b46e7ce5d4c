package org.polyaxon.spec.model;

/** {@code random_search}: {@code nExperiments} samples of the matrix. */
public record RandomSearch(long nExperiments) {}
