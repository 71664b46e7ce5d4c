package org.polyaxon.spec.model;

/** {@code grid_search}: every combination, optionally only the first {@code nExperiments}. */
public record GridSearch(Long nExperiments) {}
