package org.polyaxon.spec.search.stopping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.EarlyStoppingPolicy;
import org.polyaxon.spec.search.EarlyStoppingRule;
import org.polyaxon.spec.search.GridSearchConfig;
import org.polyaxon.spec.search.Optimization;
import org.polyaxon.spec.search.SearchAlgorithm;
import org.polyaxon.spec.search.SearchAlgorithms;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.SearchSpec;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.Trial;
import org.polyaxon.spec.search.TrialStatus;

class EarlyStoppingTest {
  private static final EarlyStoppingRule ACCURACY =
      new EarlyStoppingRule("accuracy", 0.9, Optimization.MAXIMIZE, EarlyStoppingPolicy.EXPERIMENT);
  private static final EarlyStoppingRule LOSS =
      new EarlyStoppingRule("loss", 0.05, Optimization.MINIMIZE, EarlyStoppingPolicy.GROUP);

  private static Trial trial(long id, TrialStatus status, Map<String, Double> metrics) {
    return new Trial(id, Suggestion.of(Map.of("i", id)), status, metrics);
  }

  @Test
  void maximizeFiresWhenAMetricReachesTheValueInclusive() {
    SearchHistory below =
        new SearchHistory(List.of(trial(1, TrialStatus.SUCCEEDED, Map.of("accuracy", 0.89))));
    assertThat(EarlyStopping.check(List.of(ACCURACY), below)).isEmpty();
    SearchHistory reached =
        new SearchHistory(
            List.of(
                trial(1, TrialStatus.SUCCEEDED, Map.of("accuracy", 0.89)),
                trial(2, TrialStatus.RUNNING, Map.of("accuracy", 0.9))));
    var triggered = EarlyStopping.check(List.of(ACCURACY), reached).orElseThrow();
    assertThat(triggered.trial().id()).isEqualTo(2);
    assertThat(triggered.rule()).isEqualTo(ACCURACY);
    assertThat(triggered.metric()).isEqualTo(0.9);
  }

  @Test
  void minimizeFiresWhenAMetricFallsToTheValue() {
    assertThat(
            EarlyStopping.check(
                List.of(LOSS),
                new SearchHistory(List.of(trial(1, TrialStatus.FAILED, Map.of("loss", 0.06))))))
        .isEmpty();
    assertThat(
            EarlyStopping.check(
                List.of(LOSS),
                new SearchHistory(List.of(trial(1, TrialStatus.FAILED, Map.of("loss", 0.01))))))
        .hasValueSatisfying(
            t -> assertThat(t.rule().policy()).isEqualTo(EarlyStoppingPolicy.GROUP));
  }

  @Test
  void anyRuleSufficesAndOtherMetricsAreIgnored() {
    SearchHistory history =
        new SearchHistory(
            List.of(trial(1, TrialStatus.SUCCEEDED, Map.of("accuracy", 0.5, "loss", 0.01))));
    assertThat(EarlyStopping.check(List.of(ACCURACY, LOSS), history))
        .hasValueSatisfying(t -> assertThat(t.rule()).isEqualTo(LOSS));
    assertThat(EarlyStopping.check(List.of(ACCURACY), history)).isEmpty();
  }

  @Test
  void pendingTrialsAndNanMetricsDoNotCount() {
    SearchHistory history =
        new SearchHistory(
            List.of(
                trial(1, TrialStatus.PENDING, Map.of("accuracy", 1.0)),
                trial(2, TrialStatus.RUNNING, Map.of("accuracy", Double.NaN))));
    assertThat(EarlyStopping.check(List.of(ACCURACY), history)).isEmpty();
  }

  @Test
  void aStoppedSearchSuggestsNothingAndEndsWithItsRunningTrials() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("i", new MatrixOption.Range(0L, 100L, 1L));
    SearchAlgorithm search =
        SearchAlgorithms.create(
            new SearchSpec(matrix, GridSearchConfig.all(), List.of(ACCURACY), 0));
    List<Trial> trials = new ArrayList<>();
    for (Suggestion s : search.suggest(SearchHistory.empty(), 3)) {
      trials.add(new Trial(trials.size() + 1, s, TrialStatus.RUNNING, Map.of()));
    }
    assertThat(search.suggest(new SearchHistory(trials), 3)).hasSize(3);
    trials.set(
        0,
        new Trial(1, trials.get(0).suggestion(), TrialStatus.SUCCEEDED, Map.of("accuracy", 0.95)));
    assertThat(search.suggest(new SearchHistory(trials), 3)).isEmpty();
    assertThat(search.isDone(new SearchHistory(trials))).isFalse();
    List<Trial> finished =
        trials.stream()
            .map(t -> new Trial(t.id(), t.suggestion(), TrialStatus.STOPPED, t.lastMetrics()))
            .toList();
    assertThat(search.isDone(new SearchHistory(finished))).isTrue();
    assertThat(search.plannedTrials()).hasValue(100);
  }
}
