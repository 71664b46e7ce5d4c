package org.polyaxon.spec.search;

import org.polyaxon.spec.search.bo.BayesianOptimization;
import org.polyaxon.spec.search.grid.GridSearch;
import org.polyaxon.spec.search.hyperband.Hyperband;
import org.polyaxon.spec.search.random.RandomSearch;
import org.polyaxon.spec.search.stopping.EarlyStoppedSearch;

/** Builds the algorithm a {@link SearchSpec} describes, wrapped in its early-stopping rules. */
public final class SearchAlgorithms {
  private SearchAlgorithms() {}

  /**
   * The search for {@code spec}.
   *
   * @throws IllegalArgumentException when the matrix does not suit the algorithm (a distribution in
   *     a grid, a non-uniform distribution in BO, an empty matrix)
   */
  public static SearchAlgorithm create(SearchSpec spec) {
    if (spec.matrix().isEmpty()) {
      throw new IllegalArgumentException("a search algorithm requires a matrix");
    }
    SearchAlgorithm algorithm;
    SearchConfig config = spec.algorithm();
    if (config instanceof GridSearchConfig grid) {
      algorithm = new GridSearch(spec.matrix(), grid);
    } else if (config instanceof RandomSearchConfig random) {
      algorithm = new RandomSearch(spec.matrix(), random, spec.seed());
    } else if (config instanceof HyperbandConfig hyperband) {
      algorithm = new Hyperband(spec.matrix(), hyperband, spec.seed());
    } else if (config instanceof BoConfig bo) {
      algorithm = new BayesianOptimization(spec.matrix(), bo, spec.seed());
    } else {
      throw new IllegalArgumentException("unknown search algorithm " + config);
    }
    return spec.earlyStopping().isEmpty()
        ? algorithm
        : new EarlyStoppedSearch(algorithm, spec.earlyStopping());
  }
}
