package org.polyaxon.spec.search.hyperband;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.HyperbandConfig;
import org.polyaxon.spec.search.RungPlacement;
import org.polyaxon.spec.search.SearchAlgorithm;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.Trial;
import org.polyaxon.spec.search.space.Sampler;
import org.polyaxon.spec.search.space.Seeds;

/**
 * Hyperband: the brackets of {@link HyperbandSchedule} run one after the other, each as successive
 * halving. Rung 0 of a bracket samples its configurations independently from the matrix; once every
 * trial of a rung is finished, the best {@code floor(n eta^-(i+1))} of them by the metric go on to
 * the next rung with {@code eta} times the resource. The resource is injected into the params under
 * the configured name and type.
 *
 * <p>Where a trial sits is read back from the {@link RungPlacement} of the suggestions in the
 * history, so the algorithm holds no state. Trials without the metric (failed, stopped early) rank
 * last and are never promoted; a rung then promotes fewer.
 */
public final class Hyperband implements SearchAlgorithm {
  private static final long RUNG0_STREAM = 0x4B;

  private final Map<String, MatrixOption> matrix;
  private final HyperbandConfig config;
  private final long seed;
  private final List<HyperbandSchedule.Bracket> brackets;

  public Hyperband(Map<String, MatrixOption> matrix, HyperbandConfig config, long seed) {
    if (matrix.containsKey(config.resourceName())) {
      throw new IllegalArgumentException(
          "the hyperband resource " + config.resourceName() + " is also a matrix parameter");
    }
    this.matrix = new LinkedHashMap<>(matrix);
    this.config = config;
    this.seed = seed;
    this.brackets = HyperbandSchedule.brackets(config.maxIter(), config.eta());
  }

  /** Total planned trials for {@code max_iter} and {@code eta}. */
  public static long totalTrials(int maxIter, double eta) {
    return HyperbandSchedule.totalTrials(maxIter, eta);
  }

  @Override
  public List<Suggestion> suggest(SearchHistory history, int maxCount) {
    Map<Long, List<Trial>> byRung = byRung(history);
    for (HyperbandSchedule.Bracket bracket : brackets) {
      List<Trial> previous = List.of();
      for (HyperbandSchedule.Rung rung : bracket.rungs()) {
        List<Trial> here = byRung.getOrDefault(key(rung.bracket(), rung.index()), List.of());
        List<Trial> ranked = rank(previous);
        int wanted = rung.index() == 0 ? rung.nConfigs() : Math.min(rung.nConfigs(), ranked.size());
        if (here.size() < wanted) {
          return create(rung, here.size(), Math.min(wanted, here.size() + maxCount), ranked);
        }
        if (!here.stream().allMatch(t -> t.status().isFinished())) {
          return List.of();
        }
        previous = here;
      }
    }
    return List.of();
  }

  @Override
  public boolean isDone(SearchHistory history) {
    if (!history.allFinished()) {
      return false;
    }
    // With every trial finished, hyperband only waits when it has something to suggest.
    return suggest(history, 1).isEmpty();
  }

  @Override
  public OptionalLong plannedTrials() {
    return OptionalLong.of(totalTrials(config.maxIter(), config.eta()));
  }

  private List<Suggestion> create(
      HyperbandSchedule.Rung rung, int from, int to, List<Trial> rankedPrevious) {
    Number resource = config.resourceType().convert(rung.resource());
    List<Suggestion> suggestions = new ArrayList<>();
    if (rung.index() == 0) {
      SplittableRandom random = Seeds.stream(seed, RUNG0_STREAM, rung.bracket());
      for (int k = 0; k < to; k++) {
        Map<String, Object> params = Sampler.samplePoint(matrix, random);
        if (k >= from) {
          suggestions.add(placed(params, rung, resource, OptionalLong.empty()));
        }
      }
    } else {
      for (int k = from; k < to; k++) {
        Trial parent = rankedPrevious.get(k);
        suggestions.add(
            placed(parent.suggestion().params(), rung, resource, OptionalLong.of(parent.id())));
      }
    }
    return suggestions;
  }

  private Suggestion placed(
      Map<String, Object> params,
      HyperbandSchedule.Rung rung,
      Number resource,
      OptionalLong parent) {
    Map<String, Object> withResource = new LinkedHashMap<>(params);
    withResource.put(config.resourceName(), resource);
    boolean resume = config.resume() && parent.isPresent();
    return new Suggestion(
        withResource,
        Optional.of(new RungPlacement(rung.bracket(), rung.index(), resource, parent, resume)));
  }

  /** Trials with the metric, best first; ties keep suggestion order (by id) to stay stable. */
  private List<Trial> rank(List<Trial> trials) {
    String metric = config.metric().name();
    Comparator<Trial> byScore =
        Comparator.comparingDouble(
            t -> -config.metric().optimization().score(t.metric(metric).getAsDouble()));
    return trials.stream()
        .filter(t -> t.metric(metric).isPresent())
        .sorted(byScore.thenComparingLong(Trial::id))
        .toList();
  }

  private static Map<Long, List<Trial>> byRung(SearchHistory history) {
    Map<Long, List<Trial>> byRung = new HashMap<>();
    for (Trial trial : history.trials()) {
      trial
          .suggestion()
          .rung()
          .ifPresent(
              p ->
                  byRung
                      .computeIfAbsent(key(p.bracket(), p.rung()), k -> new ArrayList<>())
                      .add(trial));
    }
    return byRung;
  }

  private static long key(int bracket, int rung) {
    return ((long) bracket << 32) | rung;
  }
}
