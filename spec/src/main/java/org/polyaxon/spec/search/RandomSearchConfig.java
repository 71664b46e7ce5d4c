package org.polyaxon.spec.search;

/** {@code random_search {n_experiments}}: that many distinct random points of the matrix. */
public record RandomSearchConfig(int nExperiments) implements SearchConfig {
  public RandomSearchConfig {
    if (nExperiments < 0) {
      throw new IllegalArgumentException("random_search.n_experiments must not be negative");
    }
  }
}
