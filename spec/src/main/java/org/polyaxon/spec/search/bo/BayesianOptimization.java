package org.polyaxon.spec.search.bo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.BoConfig;
import org.polyaxon.spec.search.GaussianProcessConfig;
import org.polyaxon.spec.search.SearchAlgorithm;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.Trial;
import org.polyaxon.spec.search.space.DistinctSampler;
import org.polyaxon.spec.search.space.Seeds;

/**
 * Bayesian optimisation: {@code n_initial_trials} distinct random trials, then {@code n_iterations}
 * trials one at a time, each at the maximum of the acquisition function of a Gaussian process
 * fitted to every finished trial that reported the metric.
 *
 * <p>A guided trial is suggested only when every earlier trial is finished, so each one learns from
 * all before it, whatever the group's concurrency. Its random draws (warm-up points) come from a
 * stream keyed by the seed and the number of trials so far, which keeps it a pure function of the
 * history.
 */
public final class BayesianOptimization implements SearchAlgorithm {
  private static final long INITIAL_STREAM = 0xB0;
  private static final long GUIDED_STREAM = 0xB1;

  private final BoConfig config;
  private final long seed;
  private final SpaceEncoder encoder;
  private final List<Map<String, Object>> initial;

  /**
   * @throws IllegalArgumentException when the matrix holds a distribution other than uniform
   */
  public BayesianOptimization(Map<String, MatrixOption> matrix, BoConfig config, long seed) {
    this.config = config;
    this.seed = seed;
    this.encoder = new SpaceEncoder(matrix);
    this.initial =
        new DistinctSampler(matrix, Seeds.mix(seed, INITIAL_STREAM)).first(config.nInitialTrials());
  }

  @Override
  public List<Suggestion> suggest(SearchHistory history, int maxCount) {
    int n = history.size();
    if (maxCount <= 0) {
      return List.of();
    }
    if (n < initial.size()) {
      return initial.subList(n, Math.min(initial.size(), n + maxCount)).stream()
          .map(Suggestion::of)
          .toList();
    }
    if (n >= initial.size() + config.nIterations() || !history.allFinished()) {
      return List.of();
    }
    return guided(history).map(p -> List.of(Suggestion.of(p))).orElse(List.of());
  }

  @Override
  public boolean isDone(SearchHistory history) {
    return history.allFinished() && suggest(history, 1).isEmpty();
  }

  @Override
  public OptionalLong plannedTrials() {
    return OptionalLong.of((long) initial.size() + config.nIterations());
  }

  private Optional<Map<String, Object>> guided(SearchHistory history) {
    List<double[]> xs = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    Set<List<Double>> tried = new HashSet<>();
    for (Trial trial : history.trials()) {
      double[] x = encoder.encode(trial.suggestion().params());
      tried.add(AcquisitionMaximizer.key(x));
      trial
          .metric(config.metric().name())
          .ifPresent(
              m -> {
                xs.add(x);
                scores.add(config.metric().optimization().score(m));
              });
    }
    var random = Seeds.stream(seed, GUIDED_STREAM, history.size());
    AcquisitionMaximizer maximizer = new AcquisitionMaximizer(encoder, tried);
    if (xs.isEmpty()) {
      // Nothing to learn from (every trial failed): explore at random.
      return maximizer.maximise(x -> 0, 100, 0, random).map(encoder::decode);
    }
    GaussianProcessConfig gp = config.utility().gaussianProcess();
    GaussianProcess process =
        ModelSelection.fit(
            xs.toArray(double[][]::new),
            scores.stream().mapToDouble(Double::doubleValue).toArray(),
            new Kernel(gp.kernel(), gp.nu()),
            gp.lengthScale(),
            gp.nRestartsOptimizer());
    double best = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    Acquisition acquisition = new Acquisition(config.utility(), best);
    return maximizer
        .maximise(
            x -> acquisition.value(process.predict(x)),
            config.utility().nWarmup(),
            config.utility().nIter(),
            random)
        .map(encoder::decode);
  }
}
