package org.polyaxon.spec.search;

import java.util.OptionalLong;

/**
 * {@code grid_search {n_experiments?}}: the cartesian product of the matrix, truncated to the first
 * {@code nExperiments} points when given.
 */
public record GridSearchConfig(OptionalLong nExperiments) implements SearchConfig {
  public GridSearchConfig {
    if (nExperiments.isPresent() && nExperiments.getAsLong() < 0) {
      throw new IllegalArgumentException("grid_search.n_experiments must not be negative");
    }
  }

  /** The whole grid. */
  public static GridSearchConfig all() {
    return new GridSearchConfig(OptionalLong.empty());
  }
}
