package org.polyaxon.spec.model;

import java.util.List;
import java.util.Map;
import org.polyaxon.spec.matrix.MatrixOption;

/**
 * {@code hptuning}: the matrix and exactly one search algorithm (grid search when the file named
 * none; the compiler fills it in).
 */
public record Hptuning(
    Long seed,
    int concurrency,
    Map<String, MatrixOption> matrix,
    GridSearch gridSearch,
    RandomSearch randomSearch,
    Hyperband hyperband,
    BayesianOptimization bo,
    List<EarlyStopping> earlyStopping) {

  /** The key of the algorithm in use: grid_search, random_search, hyperband or bo. */
  public String algorithm() {
    if (randomSearch != null) {
      return "random_search";
    }
    if (hyperband != null) {
      return "hyperband";
    }
    if (bo != null) {
      return "bo";
    }
    return "grid_search";
  }
}
