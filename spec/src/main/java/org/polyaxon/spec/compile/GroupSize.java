package org.polyaxon.spec.compile;

import org.polyaxon.spec.model.Hptuning;
import org.polyaxon.spec.search.SearchAlgorithms;

/**
 * How many experiments a group expands to, as its search algorithm plans them: grid search the
 * product of the option sizes (cut at {@code n_experiments}), random search {@code n_experiments}
 * (capped at the space size when every option is discrete), Bayesian optimisation its initial
 * trials plus iterations, Hyperband every trial of every rung of every bracket.
 */
public final class GroupSize {
  private GroupSize() {}

  /** The number of experiments of the search; the seed does not change it. */
  public static long of(Hptuning hptuning) {
    return SearchAlgorithms.create(SearchSpecs.from(hptuning, 0))
        .plannedTrials()
        .orElseThrow(() -> new IllegalStateException("every algorithm plans its trial count"));
  }
}
