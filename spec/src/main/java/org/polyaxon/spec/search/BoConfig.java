package org.polyaxon.spec.search;

import java.util.Objects;

/**
 * {@code bo {n_initial_trials, n_iterations, metric, utility_function}}: {@code nInitialTrials}
 * random trials, then {@code nIterations} trials each suggested by a Gaussian process fitted to
 * every finished trial.
 */
public record BoConfig(
    int nInitialTrials, int nIterations, MetricTarget metric, UtilityFunctionConfig utility)
    implements SearchConfig {
  public BoConfig {
    if (nInitialTrials < 1 || nIterations < 0) {
      throw new IllegalArgumentException("bo needs n_initial_trials >= 1 and n_iterations >= 0");
    }
    Objects.requireNonNull(metric);
    Objects.requireNonNull(utility);
  }
}
