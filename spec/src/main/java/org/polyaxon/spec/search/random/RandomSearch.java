package org.polyaxon.spec.search.random;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.RandomSearchConfig;
import org.polyaxon.spec.search.SearchAlgorithm;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.space.DistinctSampler;

/**
 * Random search: {@code n_experiments} distinct points drawn from the matrix with the group's seed,
 * capped at the size of the space when every option is discrete. Trial {@code k} is the {@code
 * k}-th point of a reproducible sequence, so the history's size says where to continue.
 */
public final class RandomSearch implements SearchAlgorithm {
  private final DistinctSampler sampler;
  private final int planned;

  public RandomSearch(Map<String, MatrixOption> matrix, RandomSearchConfig config, long seed) {
    this.sampler = new DistinctSampler(matrix, seed);
    this.planned =
        (int) Math.min(config.nExperiments(), sampler.spaceSize().orElse(Long.MAX_VALUE));
  }

  @Override
  public List<Suggestion> suggest(SearchHistory history, int maxCount) {
    int from = history.size();
    if (from >= planned || maxCount <= 0) {
      return List.of();
    }
    List<Map<String, Object>> points =
        sampler.first((int) Math.min(planned, (long) from + maxCount));
    return points.subList(Math.min(from, points.size()), points.size()).stream()
        .map(Suggestion::of)
        .toList();
  }

  @Override
  public boolean isDone(SearchHistory history) {
    if (!history.allFinished()) {
      return false;
    }
    // A quantised distribution may run out of new points before n_experiments.
    return history.size() >= planned || suggest(history, 1).isEmpty();
  }

  @Override
  public OptionalLong plannedTrials() {
    return OptionalLong.of(planned);
  }
}
