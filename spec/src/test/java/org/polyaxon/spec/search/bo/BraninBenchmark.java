package org.polyaxon.spec.search.bo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.SearchAlgorithm;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.Trial;
import org.polyaxon.spec.search.TrialStatus;

/** The Branin function and a driver that runs a search on it like the scheduler would. */
final class BraninBenchmark {
  /** Branin's global minimum, reached at three points. */
  static final double MINIMUM = 0.397887;

  private BraninBenchmark() {}

  static Map<String, MatrixOption> matrix() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("x1", new MatrixOption.Uniform(-5, 10));
    matrix.put("x2", new MatrixOption.Uniform(0, 15));
    return matrix;
  }

  static double branin(double x1, double x2) {
    double b = 5.1 / (4 * Math.PI * Math.PI);
    double c = 5 / Math.PI;
    double t = 1 / (8 * Math.PI);
    double u = x2 - b * x1 * x1 + c * x1 - 6;
    return u * u + 10 * (1 - t) * Math.cos(x1) + 10;
  }

  static double branin(Map<String, Object> params) {
    return branin(
        ((Number) params.get("x1")).doubleValue(), ((Number) params.get("x2")).doubleValue());
  }

  /** Runs {@code search} to the end with concurrency {@code concurrency}; returns the trials. */
  static List<Trial> run(SearchAlgorithm search, int concurrency) {
    List<Trial> trials = new ArrayList<>();
    while (!search.isDone(new SearchHistory(trials))) {
      List<Suggestion> next = search.suggest(new SearchHistory(trials), concurrency);
      if (next.isEmpty()) {
        throw new AssertionError("a search with only finished trials must suggest or be done");
      }
      for (Suggestion s : next) {
        trials.add(
            new Trial(
                trials.size() + 1, s, TrialStatus.SUCCEEDED, Map.of("loss", branin(s.params()))));
      }
    }
    return trials;
  }

  static double best(List<Trial> trials) {
    return trials.stream().mapToDouble(t -> t.metric("loss").orElseThrow()).min().orElseThrow();
  }
}
