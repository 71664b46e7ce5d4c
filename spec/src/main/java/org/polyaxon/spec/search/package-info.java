/**
 * Hyperparameter search: the {@link org.polyaxon.spec.search.SearchAlgorithm} contract the
 * scheduler drives, the plain config records of {@code hptuning}, and the factory {@link
 * org.polyaxon.spec.search.SearchAlgorithms}. Algorithms are pure functions of their config, seed
 * and {@link org.polyaxon.spec.search.SearchHistory}; see {@code docs/search-algorithms.md}.
 */
package org.polyaxon.spec.search;
