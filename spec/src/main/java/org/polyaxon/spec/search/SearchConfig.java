package org.polyaxon.spec.search;

/**
 * The algorithm part of {@code hptuning}: exactly one of {@code grid_search}, {@code
 * random_search}, {@code hyperband} or {@code bo}.
 */
public sealed interface SearchConfig
    permits GridSearchConfig, RandomSearchConfig, HyperbandConfig, BoConfig {}
