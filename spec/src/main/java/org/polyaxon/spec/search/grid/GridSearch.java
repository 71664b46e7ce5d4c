package org.polyaxon.spec.search.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.GridSearchConfig;
import org.polyaxon.spec.search.SearchAlgorithm;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.space.GridSpace;

/**
 * Grid search: trial {@code k} is grid point {@code k}, up to {@code n_experiments} points when
 * given. The history's size is the position in the grid, so nothing is ever materialised.
 */
public final class GridSearch implements SearchAlgorithm {
  private final GridSpace grid;
  private final long planned;

  /**
   * @throws IllegalArgumentException when the matrix holds a distribution (pvalues included)
   */
  public GridSearch(Map<String, MatrixOption> matrix, GridSearchConfig config) {
    matrix.forEach(
        (name, option) -> {
          if (option.isDistribution()) {
            throw new IllegalArgumentException(
                "grid search cannot enumerate " + name + ": " + option.key());
          }
        });
    this.grid = new GridSpace(matrix);
    this.planned = Math.min(grid.size(), config.nExperiments().orElse(Long.MAX_VALUE));
  }

  /** The full grid, before truncation. */
  public GridSpace grid() {
    return grid;
  }

  @Override
  public List<Suggestion> suggest(SearchHistory history, int maxCount) {
    List<Suggestion> suggestions = new ArrayList<>();
    for (long k = history.size(); k < planned && suggestions.size() < maxCount; k++) {
      suggestions.add(Suggestion.of(grid.point(k)));
    }
    return suggestions;
  }

  @Override
  public boolean isDone(SearchHistory history) {
    return history.size() >= planned && history.allFinished();
  }

  @Override
  public OptionalLong plannedTrials() {
    return OptionalLong.of(planned);
  }
}
